// libFuzzer: any bytes as stored settings, and as a scheduler state beside them.
// Reading never fails; whatever comes back must schedule a break.
#include <cstddef>
#include <cstdint>
#include <string>

#include "limber/engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  limber::Engine engine;
  engine.settings(text);
  const std::string request =
      "{\"settings\": " + text + ", \"state\": " + text + ", \"now\": {\"utc\": 1795424400000, \"offset\": 60}}";
  engine.schedule(request);
  engine.next("{\"settings\": " + text + ", \"rotation\": " + text + "}");
  return 0;
}
