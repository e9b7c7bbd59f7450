// The search of the reference site's index page (copied to dist/docs/ by scripts/docs.ts): finds
// an operation (method, path, summary, operationId), a webhook or an error code of any vendor, and
// links to it on the vendor's page. Offline and without inline script: its entries come from the
// page's JSON data block `mc-search-entries`, written by the build from the bundled documents.
(function () {
  var entries = JSON.parse(document.getElementById('mc-search-entries').textContent);
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var LIMIT = 50;
  // Each entry's text in lower case, once: method, path or code, then summary, id, status, meaning.
  var haystacks = entries.map(function (e) {
    return (e.name + ' ' + e.detail).toLowerCase();
  });

  /** Every word of the query must occur; exact matches (an error code, a path, an operationId) come first. */
  function search(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    var whole = query.trim().toLowerCase();
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var text = haystacks[i];
      if (
        words.every(function (w) {
          return text.indexOf(w) !== -1;
        })
      ) {
        var name = entries[i].name.toLowerCase();
        var exact = name === whole || (entries[i].id || '').toLowerCase() === whole;
        hits.push({ entry: entries[i], rank: exact ? 0 : name.indexOf(whole) !== -1 ? 1 : 2, order: i });
      }
    }
    hits.sort(function (a, b) {
      return a.rank - b.rank || a.order - b.order;
    });
    return hits.map(function (h) {
      return h.entry;
    });
  }

  function span(className, text) {
    var el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  }

  function show() {
    var query = input.value;
    var hits = search(query);
    list.replaceChildren();
    for (var i = 0; i < Math.min(hits.length, LIMIT); i++) {
      var hit = hits[i];
      var item = document.createElement('li');
      item.setAttribute('data-vendor', hit.vendor);
      item.setAttribute('data-kind', hit.kind);
      item.append(span('vendor', hit.vendor), span('kind', hit.kind));
      var link = document.createElement('a');
      link.href = hit.href;
      link.textContent = hit.name;
      item.append(link, span('detail', hit.detail));
      list.append(item);
    }
    status.textContent =
      query.trim() === ''
        ? ''
        : hits.length === 0
          ? 'No match.'
          : hits.length > LIMIT
            ? hits.length + ' matches, the first ' + LIMIT + ' shown.'
            : hits.length + (hits.length === 1 ? ' match.' : ' matches.');
  }

  input.addEventListener('input', show);
  // A query in the address (index.html?q=RATE_LIMITED) is searched at once.
  var given = new URLSearchParams(location.search).get('q');
  if (given) input.value = given;
  if (input.value) show();
})();
