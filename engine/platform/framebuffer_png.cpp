#include "platform/framebuffer_png.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "platform/gl.h"

namespace warmline::platform {

bool write_framebuffer_png(const std::string& path, int width, int height, std::string& error) {
  if (width <= 0 || height <= 0) {
    error = "screenshot: the window has no pixels yet";
    return false;
  }
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  std::vector<std::uint8_t> pixels(row * static_cast<std::size_t>(height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::vector<std::uint8_t> row_tmp(row);
  for (int y = 0; y < height / 2; ++y) {  // GL's first row is the bottom one
    std::uint8_t* top = pixels.data() + y * row;
    std::uint8_t* bottom = pixels.data() + (height - 1 - y) * row;
    std::memcpy(row_tmp.data(), top, row);
    std::memcpy(top, bottom, row);
    std::memcpy(bottom, row_tmp.data(), row);
  }
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 0xFF;  // the window is opaque
  const std::vector<std::uint8_t> png = encode_png(pixels.data(), width, height);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    error = "screenshot: cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  const bool ok = std::fwrite(png.data(), 1, png.size(), f) == png.size();
  if (std::fclose(f) != 0 || !ok) {
    error = "screenshot: writing " + path + " failed";
    return false;
  }
  return true;
}

}  // namespace warmline::platform
