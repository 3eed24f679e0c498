// libFuzzer: any bytes as a pack. Loading must never crash, leak or hang; a pack
// that loads must also plan a break without trouble.
#include <cstddef>
#include <cstdint>
#include <string>

#include "limber/engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  limber::Engine engine;
  const std::string added = engine.addPack(text);
  if (added.find("\"error\"") == std::string::npos) {
    engine.next("{}");
    engine.plan(R"({"settings": {"breakSeconds": 300}})");
  }
  return 0;
}
