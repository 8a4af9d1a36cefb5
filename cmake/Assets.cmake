# Fonts: DejaVu Sans from Debian, subset to the ranges in assets/fonts/ranges.txt
# so the web download stays small; the same subset is used natively.
set(WARMLINE_ASSET_DIR "${CMAKE_BINARY_DIR}/assets")
set(_font_src /usr/share/fonts/truetype/dejavu)
file(STRINGS "${CMAKE_SOURCE_DIR}/assets/fonts/ranges.txt" _range_lines REGEX "^[0-9A-Fa-f]+-[0-9A-Fa-f]+")
set(_unicodes "")
set(_glyph_table "")
foreach(_line IN LISTS _range_lines)
  string(REGEX MATCH "^([0-9A-Fa-f]+)-([0-9A-Fa-f]+)" _m "${_line}")
  list(APPEND _unicodes "U+${CMAKE_MATCH_1}-${CMAKE_MATCH_2}")
  string(APPEND _glyph_table "    0x${CMAKE_MATCH_1}, 0x${CMAKE_MATCH_2},\n")
endforeach()
string(JOIN "," _unicodes ${_unicodes})
file(WRITE "${CMAKE_BINARY_DIR}/generated/glyph_ranges.inc.tmp" "${_glyph_table}")
configure_file("${CMAKE_BINARY_DIR}/generated/glyph_ranges.inc.tmp" "${CMAKE_BINARY_DIR}/generated/glyph_ranges.inc" COPYONLY)

# Debian's python3-fonttools lives in Debian's own Python, which need not be
# the first python3 on PATH.
find_program(WARMLINE_DEBIAN_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(PYFTSUBSET ${WARMLINE_DEBIAN_PYTHON} -m fontTools.subset)
set(WARMLINE_FONTS "")
foreach(_face DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique)
  set(_out "${WARMLINE_ASSET_DIR}/fonts/${_face}.ttf")
  add_custom_command(OUTPUT "${_out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${WARMLINE_ASSET_DIR}/fonts"
    # Only what ImGui's stb_truetype reads is kept (cmap, glyf, loca, head,
    # hhea, hmtx, maxp): ImGui 1.86 neither kerns nor shapes, so the layout
    # tables (GSUB, GPOS, kern), names, glyph names, MATH and hinting would
    # only be download weight.
    COMMAND ${PYFTSUBSET} "${_font_src}/${_face}.ttf" "--unicodes=${_unicodes}"
            --layout-features= --no-hinting --desubroutinize --no-glyph-names --name-IDs= --notdef-outline
            "--drop-tables+=GDEF,GSUB,GPOS,kern,MATH,name,post,OS/2,gasp,FFTM" "--output-file=${_out}"
    DEPENDS "${CMAKE_SOURCE_DIR}/assets/fonts/ranges.txt"
    COMMENT "Subsetting ${_face} for the UI"
    VERBATIM)
  list(APPEND WARMLINE_FONTS "${_out}")
endforeach()
add_custom_target(warmline_assets DEPENDS ${WARMLINE_FONTS})
