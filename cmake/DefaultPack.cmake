# The default course, compiled at build time with the project's own
# warmline-pack into assets/packs/default.wlpack: natively it sits beside the
# app in build/<preset>/assets, on the web it goes into the preloaded
# warmline.data. Included after add_subdirectory(tools) (it needs the
# warmline-pack target) and after engine (it touches the warmline target).
#
# The build runs inside content/ on the folder name "default", so the source
# paths stored in the pack (for validation messages) do not depend on where
# the tree is checked out, and the bytes are the same on every machine.
file(GLOB_RECURSE WARMLINE_DEFAULT_PACK_SOURCES CONFIGURE_DEPENDS
  "${CMAKE_SOURCE_DIR}/content/default/*")
set(WARMLINE_DEFAULT_PACK "${WARMLINE_ASSET_DIR}/packs/default.wlpack")

if(EMSCRIPTEN)
  # The web preset builds warmline-pack as a Node program (warmline-pack.js +
  # .wasm) with direct file access (NODERAWFS).
  find_program(WARMLINE_NODE NAMES node nodejs REQUIRED)
  set(_pack_tool ${WARMLINE_NODE} --no-experimental-fetch $<TARGET_FILE:warmline-pack>)
else()
  set(_pack_tool $<TARGET_FILE:warmline-pack>)
endif()

add_custom_command(OUTPUT "${WARMLINE_DEFAULT_PACK}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${WARMLINE_ASSET_DIR}/packs"
  COMMAND ${_pack_tool} build default -o "${WARMLINE_DEFAULT_PACK}"
  WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}/content"
  DEPENDS ${WARMLINE_DEFAULT_PACK_SOURCES} warmline-pack
  COMMENT "Compiling content/default into assets/packs/default.wlpack"
  VERBATIM)
add_custom_target(warmline_default_pack DEPENDS "${WARMLINE_DEFAULT_PACK}")
add_dependencies(warmline_assets warmline_default_pack)

if(EMSCRIPTEN)
  # The preload data is made when warmline links: a changed pack must relink.
  set_property(TARGET warmline APPEND PROPERTY LINK_DEPENDS "${WARMLINE_DEFAULT_PACK}")
endif()
