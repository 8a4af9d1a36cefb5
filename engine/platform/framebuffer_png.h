#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace warmline::platform {

// PNG (RGBA, 8 bits) with uncompressed deflate blocks: screenshots for tests
// and kiosk diagnostics need correctness, not size, and no zlib dependency.
std::vector<std::uint8_t> encode_png(const std::uint8_t* rgba, int width, int height);

// Reads the current GL back buffer (bottom-up) and writes it top-down as PNG.
bool write_framebuffer_png(const std::string& path, int width, int height, std::string& error);

}  // namespace warmline::platform
