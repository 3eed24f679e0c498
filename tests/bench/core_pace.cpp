// The core's benchmarked calls, natively, run in batches on command so that
// tests/bench/core-paired.mjs can take them in turn with the same calls in wasm:
// this machine's speed drifts by tens of percent within a minute (a plan took
// 99 to 180 us in one Google Benchmark run), so only batches taken side by side
// compare. Reads lines "<call> <count>", answers each with the CPU microseconds
// per call; the calls and requests are those of core-paired.mjs's wasm side.
#include <time.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "limber/engine.h"

namespace {

using nlohmann::json;

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

double cpuMicroseconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_nsec) / 1e3;
}

// Keeps a result from being optimised away.
std::size_t sink = 0;

}  // namespace

int main() {
  const json packs = json::parse(readFile(LIMBER_BENCH_DIR "/packs.json"));
  const json requests = json::parse(readFile(LIMBER_BENCH_DIR "/requests.json"));
  std::vector<std::string> texts;
  for (const json& pack : packs) texts.push_back(pack["text"].get<std::string>());
  const std::string plan = requests["plan"].get<std::string>();
  const std::string history = requests["loadHistory"].get<std::string>();
  const std::string stats = requests["stats"].get<std::string>();

  limber::Engine engine;
  for (const std::string& text : texts) engine.addPack(text);
  engine.loadHistory(history);

  std::string call;
  long count = 0;
  while (std::cin >> call >> count) {
    const double start = cpuMicroseconds();
    for (long i = 0; i < count; ++i) {
      if (call == "plan") {
        sink += engine.plan(plan).size();
      } else if (call == "loadHistory") {
        sink += engine.loadHistory(history).size();
      } else if (call == "stats") {
        sink += engine.stats(stats).size();
      } else if (call == "addPacks") {
        limber::Engine fresh;
        for (const std::string& text : texts) sink += fresh.addPack(text).size();
      } else {
        std::cerr << "core_pace: no call named " << call << "\n";
        return 2;
      }
    }
    std::cout << (cpuMicroseconds() - start) / static_cast<double>(count) << std::endl;
  }
  return sink == 0 ? 1 : 0;
}
