// The order form's line editor: each line's amount and the order total follow quantity, price and
// discount as the user types; the add and remove buttons. The server computes the real amounts when
// the order is saved, by the same rule: quantity x unit price x (100 - discount %) / 100, to the cent,
// rounded half up. Decimal texts are read into BigInt so that no binary fraction changes a cent.
(function () {
  'use strict';

  // "12.5" -> {m: 125n, s: 1}; null for anything that is not a plain non-negative decimal.
  function parse(text) {
    var t = (text || '').trim();
    if (!/^\d+(\.\d+)?$/.test(t)) {
      return null;
    }
    var dot = t.indexOf('.');
    return dot < 0 ? {m: BigInt(t), s: 0} : {m: BigInt(t.replace('.', '')), s: t.length - dot - 1};
  }

  function pow10(n) {
    return BigInt('1' + '0'.repeat(n));
  }

  // The amount in cents, or null while quantity or price is missing or not a number.
  function cents(quantity, price, discount) {
    var q = parse(quantity);
    var p = parse(price);
    var d = (discount || '').trim() === '' ? {m: 0n, s: 0} : parse(discount);
    if (!q || !p || !d) {
      return null;
    }
    var factor = 100n * pow10(d.s) - d.m;           // (100 - discount) at scale d.s
    var m = q.m * p.m * factor;
    var s = q.s + p.s + d.s + 2;                     // the division by 100
    if (s <= 2) {
      return m * pow10(2 - s);
    }
    var div = pow10(s - 2);
    var sign = m < 0n ? -1n : 1n;
    var abs = m < 0n ? -m : m;
    return sign * ((abs * 2n + div) / (2n * div));   // half up, as BigDecimal.ROUND_HALF_UP
  }

  // ¥1,234.50 as the server's formatter writes it, grouped for the page's language.
  function money(c) {
    var negative = c < 0n;
    var abs = negative ? -c : c;
    var whole = new Intl.NumberFormat(document.documentElement.lang || 'zh').format(abs / 100n);
    var fraction = String(abs % 100n).padStart(2, '0');
    return (negative ? '-¥' : '¥') + whole + '.' + fraction;
  }

  function field(row, name) {
    var input = row.querySelector('input[name$="].' + name + '"]');
    return input ? input.value : '';
  }

  function recalculate() {
    var form = document.getElementById('order-form');
    if (!form) {
      return;
    }
    var total = 0n;
    form.querySelectorAll('tr.order-line').forEach(function (row) {
      var c = cents(field(row, 'quantity'), field(row, 'unitPrice'), field(row, 'discount'));
      var cell = row.querySelector('.order-line-amount');
      if (cell) {
        cell.textContent = c === null ? '' : money(c);
      }
      if (c !== null) {
        total += c;
      }
    });
    var totalCell = document.getElementById('order-form-total');
    if (totalCell) {
      totalCell.textContent = money(total);
    }
  }

  document.addEventListener('input', function (e) {
    if (e.target.closest && e.target.closest('#order-form tr.order-line')) {
      recalculate();
    }
  });

  document.addEventListener('click', function (e) {
    var remove = e.target.closest && e.target.closest('#order-form .order-line-remove');
    if (remove) {
      remove.closest('tr').remove();
      recalculate();
    }
  });

  // A new line takes the next free index, so that the lines' field names stay distinct.
  document.addEventListener('htmx:configRequest', function (e) {
    if (e.detail.elt && e.detail.elt.id === 'order-add-line') {
      var next = 0;
      document.querySelectorAll('#order-lines tr.order-line').forEach(function (row) {
        next = Math.max(next, Number(row.dataset.index) + 1);
      });
      e.detail.parameters.index = next;
    }
  });

  // A line added or filled in by htmx (a product chosen) changes the total.
  document.addEventListener('htmx:afterSettle', recalculate);

}());
