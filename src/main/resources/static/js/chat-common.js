// Live Q&A, shared by the portal page and the staff console: draws a message (text only, never HTML; links to this
// site become anchors — absolute ones of this origin, and paths of the portal such as an inserted article's, which
// the operator's console writes without a host because the customer may be served by another node or address), and posts a message with the page's CSRF token.
(function () {
  'use strict';

  function linkified(text) {
    const fragment = document.createDocumentFragment();
    const origin = window.location.origin;
    const pattern = /(https?:\/\/[^\s]+)|(?<![^\s])(\/portal\/[^\s]+)/g;
    let last = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      const url = match[1] || match[2];
      if (match[2] || url.startsWith(origin + '/')) {
        const a = document.createElement('a');
        a.href = url;
        a.textContent = match[2] ? url : url.slice(origin.length);
        a.target = '_blank';
        a.rel = 'noopener';
        fragment.appendChild(a);
      } else {
        fragment.appendChild(document.createTextNode(url));
      }
      last = match.index + url.length;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function draw(list, m) {
    if (!list || list.querySelector('[data-id="' + m.id + '"]')) {
      return false;
    }
    const item = document.createElement('div');
    item.className = 'chat-message chat-' + String(m.sender).toLowerCase();
    item.dataset.id = m.id;
    const meta = document.createElement('div');
    meta.className = 'chat-meta small text-muted';
    const who = document.createElement('span');
    who.textContent = m.author || '';
    const at = document.createElement('span');
    at.textContent = ' ' + (m.at || '');
    meta.append(who, at);
    const text = document.createElement('div');
    text.className = 'chat-text';
    text.appendChild(linkified(m.text || ''));
    item.append(meta, text);
    // Keep the order of ids, whatever order they arrive in.
    const later = Array.from(list.querySelectorAll('[data-id]')).find((e) => Number(e.dataset.id) > Number(m.id));
    list.insertBefore(item, later || null);
    list.scrollTop = list.scrollHeight;
    return true;
  }

  function linkifyAll(root) {
    root.querySelectorAll('.chat-text').forEach((e) => {
      if (!e.dataset.linked) {
        const text = e.textContent;
        e.textContent = '';
        e.appendChild(linkified(text));
        e.dataset.linked = '1';
      }
    });
  }

  async function post(url, text) {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    if (token && header && token.content) {
      headers[header.content] = token.content;
    }
    const response = await fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: new URLSearchParams({ text: text }) });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    return { ok: response.ok, body: body };
  }

  window.kehuChat = { draw: draw, post: post, linkifyAll: linkifyAll };
})();
