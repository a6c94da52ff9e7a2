// The operators' console: one Server-Sent Event stream brings the messages of the conversations this operator took
// and tells when the queue changed (then the queue is loaded again); the answer forms post with fetch; an article
// found beside a conversation is put into its answer box.
(function () {
  'use strict';

  function start() {
    const chat = window.kehuChat;
    const root = document.getElementById('chat-console');
    const panels = document.getElementById('chat-panels');
    const empty = document.getElementById('chat-panels-empty');
    document.querySelectorAll('.chat-messages').forEach((e) => {
      chat.linkifyAll(e);
      e.scrollTop = e.scrollHeight;
    });

    function refreshEmpty() {
      empty.hidden = panels.querySelector('.chat-panel') !== null;
    }
    refreshEmpty();

    function reloadQueue() {
      window.htmx.ajax('GET', root.dataset.queue, { target: '#chat-queue', swap: 'outerHTML' });
    }

    const source = new EventSource(root.dataset.stream + '?after=' + encodeURIComponent(root.dataset.lastId || '0'));
    source.addEventListener('queue', reloadQueue);
    source.addEventListener('open', reloadQueue);
    source.addEventListener('message', (e) => {
      const m = JSON.parse(e.data);
      const panel = document.getElementById('chat-panel-' + m.conversationId);
      if (!panel) {
        return;
      }
      chat.draw(panel.querySelector('.chat-messages'), m);
      const status = panel.querySelector('.chat-status');
      if (m.status && status) {
        status.textContent = status.dataset[m.status.toLowerCase()] || status.textContent;
        if (m.status === 'CLOSED' || m.status === 'TICKETED') {
          panel.querySelectorAll('textarea, button[type=submit]').forEach((b) => { b.disabled = true; });
        }
      }
    });

    panels.addEventListener('submit', async (e) => {
      const form = e.target.closest('.chat-form');
      if (!form) {
        return;
      }
      e.preventDefault();
      const panel = form.closest('.chat-panel');
      const input = form.querySelector('textarea');
      const error = panel.querySelector('.chat-error');
      const text = input.value.trim();
      if (!text) {
        return;
      }
      error.textContent = '';
      const result = await chat.post(panel.dataset.post, text);
      if (result.ok && result.body) {
        chat.draw(panel.querySelector('.chat-messages'), result.body);
        input.value = '';
      } else {
        error.textContent = (result.body && result.body.message) || error.dataset.failed || '!';
      }
    });

    panels.addEventListener('keydown', (e) => {
      if (e.target.matches('.chat-text') && e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        e.target.form.requestSubmit();
      }
    });

    panels.addEventListener('click', (e) => {
      const insert = e.target.closest('.chat-insert');
      if (insert) {
        const input = document.getElementById('chat-text-' + insert.dataset.conversation);
        if (input) {
          input.value = (input.value ? input.value.trimEnd() + '\n' : '') + insert.dataset.insert;
          input.focus();
        }
      }
      const dismiss = e.target.closest('.chat-dismiss');
      if (dismiss) {
        dismiss.closest('.chat-panel').remove();
        refreshEmpty();
      }
    });

    document.body.addEventListener('htmx:afterSwap', () => {
      refreshEmpty();
      panels.querySelectorAll('.chat-messages').forEach((e) => chat.linkifyAll(e));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
