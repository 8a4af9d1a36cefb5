// Appended to warmline.js (--post-js): the JS face of the engine that tests,
// the page and, later, the LMS bridge use.
Module['warmlineState'] = function () {
  return JSON.parse(UTF8ToString(_warmline_state_json()));
};
