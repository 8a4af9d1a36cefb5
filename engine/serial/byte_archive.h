#pragma once
// cereal archives over bytes in memory, written byte for byte as cereal's
// PortableBinary archives write little-endian data (a leading 1, then each
// value little-endian), so every save file and compiled pack made before
// still loads and new ones load in older builds.
//
// Why not PortableBinary itself: it works on std::istream / std::ostream,
// and iostreams drag libc++'s locale machinery into the web build (about
// 40 KB of the gzipped download) for what is only copying bytes.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

#include <cereal/cereal.hpp>

namespace warmline::serial {

namespace detail {
inline bool host_is_little_endian() {
  const std::uint16_t one = 1;
  unsigned char first = 0;
  std::memcpy(&first, &one, 1);
  return first == 1;
}
}  // namespace detail

class ByteOutputArchive : public cereal::OutputArchive<ByteOutputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit ByteOutputArchive(std::string& out)
      : cereal::OutputArchive<ByteOutputArchive, cereal::AllowEmptyClassElision>(this), out_(out) {
    out_ += '\1';  // PortableBinary's "little-endian" flag
  }

  template <std::size_t ElementSize>
  void save_bytes(const void* data, std::size_t size) {
    const char* p = static_cast<const char*>(data);
    if (ElementSize == 1 || detail::host_is_little_endian()) {
      out_.append(p, size);
      return;
    }
    for (std::size_t i = 0; i < size; i += ElementSize)
      for (std::size_t j = 0; j < ElementSize; ++j) out_ += p[i + ElementSize - 1 - j];
  }

 private:
  std::string& out_;
};

// Reads the caller's bytes in place; they must outlive the archive. Throws
// cereal::Exception when asked for more than is left.
class ByteInputArchive : public cereal::InputArchive<ByteInputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit ByteInputArchive(std::string_view in)
      : cereal::InputArchive<ByteInputArchive, cereal::AllowEmptyClassElision>(this), in_(in) {
    std::uint8_t little = 0;
    load_bytes<1>(&little, 1);
    if (little != 1) throw cereal::Exception("the data is not in little-endian form");
  }

  template <std::size_t ElementSize>
  void load_bytes(void* data, std::size_t size) {
    if (size > in_.size() - at_) {
      throw cereal::Exception("wanted " + std::to_string(size) + " bytes, " + std::to_string(in_.size() - at_) +
                              " left");
    }
    char* p = static_cast<char*>(data);
    if (ElementSize == 1 || detail::host_is_little_endian()) {
      std::memcpy(p, in_.data() + at_, size);
    } else {
      for (std::size_t i = 0; i < size; i += ElementSize)
        for (std::size_t j = 0; j < ElementSize; ++j) p[i + j] = in_[at_ + i + ElementSize - 1 - j];
    }
    at_ += size;
  }

  std::size_t remaining() const { return in_.size() - at_; }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
};

template <class T>
inline std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_SAVE_FUNCTION_NAME(ByteOutputArchive& ar, const T& t) {
  static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559, "IEEE 754 floats only");
  ar.template save_bytes<sizeof(T)>(&t, sizeof t);
}

template <class T>
inline std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, T& t) {
  static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559, "IEEE 754 floats only");
  ar.template load_bytes<sizeof(T)>(&t, sizeof t);
}

template <class Archive, class T>
inline CEREAL_ARCHIVE_RESTRICT(ByteInputArchive, ByteOutputArchive)
    CEREAL_SERIALIZE_FUNCTION_NAME(Archive& ar, cereal::NameValuePair<T>& t) {
  ar(t.value);
}

template <class Archive, class T>
inline CEREAL_ARCHIVE_RESTRICT(ByteInputArchive, ByteOutputArchive)
    CEREAL_SERIALIZE_FUNCTION_NAME(Archive& ar, cereal::SizeTag<T>& t) {
  ar(t.size);
}

template <class T>
inline void CEREAL_SAVE_FUNCTION_NAME(ByteOutputArchive& ar, const cereal::BinaryData<T>& bd) {
  using Element = std::remove_pointer_t<T>;
  ar.template save_bytes<sizeof(Element)>(bd.data, static_cast<std::size_t>(bd.size));
}

template <class T>
inline void CEREAL_LOAD_FUNCTION_NAME(ByteInputArchive& ar, cereal::BinaryData<T>& bd) {
  using Element = std::remove_pointer_t<T>;
  ar.template load_bytes<sizeof(Element)>(bd.data, static_cast<std::size_t>(bd.size));
}

}  // namespace warmline::serial

CEREAL_REGISTER_ARCHIVE(warmline::serial::ByteOutputArchive)
CEREAL_REGISTER_ARCHIVE(warmline::serial::ByteInputArchive)
