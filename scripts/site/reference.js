// The boot script of every vendor page of the reference site (copied to dist/docs/ by
// scripts/docs.ts). A file of its own because the pages' Content-Security-Policy runs no inline
// script. It applies the reader's colour scheme before Redoc draws, then hands Redoc (the shared
// redoc.standalone.js, loaded just before) the page's document and options from their JSON data blocks.
(function () {
  try {
    var mode = localStorage.getItem('redoc.colorMode');
    if (mode !== 'light' && mode !== 'dark') mode = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    document.documentElement.classList.add(mode);
  } catch (e) {
    // No storage (a sandboxed frame, a locked-down browser): Redoc's default scheme applies.
  }
  var read = function (id) {
    return JSON.parse(document.getElementById(id).textContent);
  };
  var loading = document.getElementById('mc-loading');
  Promise.resolve(window.Redoc.hydrate(read('mc-redoc-definition'), read('mc-redoc-options'), document.getElementById('redoc'))).then(
    function () {
      if (loading) loading.remove();
    },
    function (error) {
      if (loading) loading.textContent = 'The reference could not be shown: ' + error;
      throw error;
    },
  );
})();
