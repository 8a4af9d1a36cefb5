// The full SDL's audio code calls these two Emscripten helpers from EM_ASM,
// where the linker cannot see it; under --closure 1 (Warmline's flags) they
// must be kept by name. A dependency of a kept function does that without a
// "$" on the command line, which CMake and ninja cannot pass intact.
mergeInto(LibraryManager.library, {
  reference_keep_sdl_audio_helpers__deps: ['$autoResumeAudioContext', '$dynCall'],
  reference_keep_sdl_audio_helpers: function() {},
});
