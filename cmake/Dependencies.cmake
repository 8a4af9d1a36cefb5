# Third-party code comes from Debian: SDL2 (system package natively, our own
# Emscripten build on the web) and ImGui compiled from Debian's 1.86 source
# tree for both targets, so both run the same ImGui and the same imconfig.

if(EMSCRIPTEN)
  # The app links the trimmed SDL2 build (tools/deps.sh: video, events,
  # timers only; no audio, joystick, renderer...), which is much smaller; the
  # full build stays for the benchmark's reference app. A cache from before
  # the trimmed build existed falls back to the full one.
  set(_sdl_web "${WARMLINE_SDL2_WEB_DIR}")
  if(WARMLINE_SDL2_WEB_APP_DIR AND EXISTS "${WARMLINE_SDL2_WEB_APP_DIR}/lib/libSDL2.a")
    set(_sdl_web "${WARMLINE_SDL2_WEB_APP_DIR}")
  else()
    message(WARNING "The trimmed SDL2 web build is missing: run tools/deps.sh (linking the full one, a bigger download)")
  endif()
  add_library(warmline_sdl2 INTERFACE)
  target_include_directories(warmline_sdl2 SYSTEM INTERFACE "${_sdl_web}/include" "${_sdl_web}/include/SDL2")
  target_link_libraries(warmline_sdl2 INTERFACE "${_sdl_web}/lib/libSDL2.a")
  # Header-only libraries, without exposing the rest of /usr/include.
  add_library(warmline_headers INTERFACE)
  target_include_directories(warmline_headers SYSTEM INTERFACE "${WARMLINE_EM_INCLUDE}")
else()
  find_package(SDL2 REQUIRED CONFIG)
  add_library(warmline_sdl2 INTERFACE)
  target_link_libraries(warmline_sdl2 INTERFACE SDL2::SDL2)
  # libsodium (Debian's libsodium-dev) for signed packs; native only, the
  # web build neither includes nor links it.
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
  add_library(warmline_sodium INTERFACE)
  target_link_libraries(warmline_sodium INTERFACE PkgConfig::SODIUM)
  add_library(warmline_headers INTERFACE)
endif()

set(_imgui "${WARMLINE_IMGUI_DIR}")
add_library(imgui STATIC
  ${_imgui}/imgui.cpp ${_imgui}/imgui_draw.cpp ${_imgui}/imgui_tables.cpp ${_imgui}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${_imgui})
# The course has no use for ImGui's demo window or its .ini persistence helpers.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_METRICS_WINDOW)

# ImGui's SDL backend only: engine/platform/imgui_gl_renderer draws.
add_library(imgui_backends STATIC ${_imgui}/backends/imgui_impl_sdl.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${_imgui}/backends)
target_link_libraries(imgui_backends PUBLIC imgui warmline_sdl2)
if(NOT EMSCRIPTEN)
  find_package(OpenGL REQUIRED)
endif()
