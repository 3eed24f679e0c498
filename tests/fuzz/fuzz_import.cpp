// libFuzzer: any bytes as a backup file to import, and as stored history.
// A bad file is refused with a message; nothing crashes, leaks or hangs.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "limber/engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  limber::Engine engine;
  const nlohmann::json request = {
      {"text", text}, {"history", nlohmann::json::array()}, {"now", {{"utc", 1795424400000LL}, {"offset", 60}}}};
  engine.importData(request.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  engine.loadHistory("{\"history\": " + text + ", \"folded\": " + text + "}");
  engine.stats(R"({"now": {"utc": 1795424400000, "offset": 60}})");
  engine.fold("{\"history\": " + text + ", \"now\": {\"utc\": 1795424400000, \"offset\": 60}}");
  return 0;
}
