// The customer's live Q&A page: messages arrive on a Server-Sent Event stream (the browser resumes it with
// Last-Event-ID after a break), and the form posts with fetch instead of reloading the page.
(function () {
  'use strict';

  function start() {
    const chat = window.kehuChat;
    const box = document.getElementById('chat-conversation');
    document.querySelectorAll('.chat-messages').forEach((e) => chat.linkifyAll(e));
    if (!box) {
      return;
    }
    const list = document.getElementById('chat-messages');
    const status = document.getElementById('chat-status');
    const form = document.getElementById('chat-form');
    const input = document.getElementById('chat-text');
    const error = document.getElementById('chat-error');
    list.scrollTop = list.scrollHeight;

    const source = new EventSource(box.dataset.stream + '?after=' + encodeURIComponent(box.dataset.lastId || '0'));
    source.addEventListener('message', (e) => {
      const m = JSON.parse(e.data);
      chat.draw(list, m);
      if (m.status && status) {
        status.textContent = status.dataset[m.status.toLowerCase()] || status.textContent;
        box.dataset.status = m.status;
        if (m.status === 'CLOSED' || m.status === 'TICKETED') {
          input.disabled = true;
          document.getElementById('chat-send').disabled = true;
          source.close();
        }
      }
    });

    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) {
        return;
      }
      error.textContent = '';
      const result = await chat.post(box.dataset.post, text);
      if (result.ok && result.body) {
        chat.draw(list, result.body);
        input.value = '';
      } else {
        error.textContent = (result.body && result.body.message) || error.dataset.failed || '!';
      }
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
