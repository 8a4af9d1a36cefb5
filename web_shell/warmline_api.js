// Appended to warmline.js (--post-js): the JS face of the engine that tests,
// the page and, later, the LMS bridge use.
Module['warmlineState'] = function () {
  return JSON.parse(UTF8ToString(_warmline_state_json()));
};

// A course pack from the file chooser or a drop: parked in the in-memory
// file system for the engine, which validates and stores it (IndexedDB).
Module['warmlineUploadPack'] = function (file) {
  return file['arrayBuffer']().then(function (buffer) {
    FS.writeFile('/tmp/upload.wlpack', new Uint8Array(buffer));
    Module['ccall']('warmline_install_pack_file', null, ['string', 'string'], ['/tmp/upload.wlpack', file.name]);
  });
};

// Files dropped anywhere on the page: packs are installed, progress files
// imported; the engine explains anything else.
(function () {
  var hint = document.getElementById('drop-hint');
  var depth = 0;
  function hasFiles(e) {
    return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0;
  }
  window.addEventListener('dragenter', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    if (hint) hint.hidden = false;
  });
  window.addEventListener('dragleave', function () {
    depth = Math.max(0, depth - 1);
    if (depth === 0 && hint) hint.hidden = true;
  });
  window.addEventListener('dragover', function (e) { if (hasFiles(e)) e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    if (hint) hint.hidden = true;
    var file = e.dataTransfer.files[0];
    if (!file) return;
    if (/\.wlsave$/i.test(file.name)) {
      file['arrayBuffer']().then(function (buffer) {
        FS.writeFile('/tmp/import.wlsave', new Uint8Array(buffer));
        Module['ccall']('warmline_import_file', null, ['string'], ['/tmp/import.wlsave']);
      });
    } else {
      Module['warmlineUploadPack'](file);
    }
  });
})();
