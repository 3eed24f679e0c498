// The wasm build's snprintf and sprintf. nlohmann/json calls snprintf only to
// write small hex numbers ("\u%04x" in escaped text, "<U+%.4X>" and "%.2X" in
// its messages), and embind sprintf (as siprintf: the compiler renames a call
// without floating point) only to name a type by its address ("%p", the build
// keeps no type names). musl's own bring its whole formatting: 2 KB of the
// gzipped module for snprintf, 2.4 KB more for sprintf. This writes hex and
// nothing else.
#include <cstdarg>
#include <cstddef>
#include <cstdint>

namespace {
int format(char* out, std::size_t size, const char* pattern, std::va_list args) {
  std::size_t written = 0;
  const auto put = [&](char c) {
    if (written + 1 < size) out[written] = c;
    ++written;
  };
  for (const char* f = pattern; *f != '\0'; ++f) {
    if (*f != '%') {
      put(*f);
      continue;
    }
    ++f;
    if (*f == '.') ++f;
    if (*f == '0') ++f;
    int width = 0;
    for (; *f >= '0' && *f <= '9'; ++f) width = width * 10 + (*f - '0');
    if (*f == 'p') {  // an address, as musl writes it: 0x and lower-case hex
      put('0');
      put('x');
    } else if (*f != 'x' && *f != 'X') {
      break;  // no other conversion is ever asked for
    }
    static_assert(sizeof(void*) == sizeof(unsigned), "wasm32: an address is an unsigned");
    unsigned value = *f == 'p' ? static_cast<unsigned>(reinterpret_cast<std::uintptr_t>(va_arg(args, void*)))
                               : va_arg(args, unsigned);
    const char* digits = *f == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char text[2 * sizeof value];
    int count = 0;
    do {
      text[count++] = digits[value % 16];
      value /= 16;
    } while (value != 0);
    for (int i = count; i < width; ++i) put('0');
    while (count > 0) put(text[--count]);
  }
  if (size > 0) out[written < size ? written : size - 1] = '\0';
  return static_cast<int>(written);
}
}  // namespace

extern "C" int snprintf(char* out, std::size_t size, const char* pattern, ...) {
  std::va_list args;
  va_start(args, pattern);
  const int written = format(out, size, pattern, args);
  va_end(args);
  return written;
}

// embind's call, as the compiler rewrote its sprintf with no floating point in it.
extern "C" int siprintf(char* out, const char* pattern, ...) {
  std::va_list args;
  va_start(args, pattern);
  const int written = format(out, SIZE_MAX, pattern, args);
  va_end(args);
  return written;
}
