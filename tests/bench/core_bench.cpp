// Micro-benchmarks of the core, natively, through the same Engine calls (and the
// same requests, from build/bench/) that the wasm build answers in the browser.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "limber/engine.h"

namespace {

using nlohmann::json;

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const json& inputs() {
  static const json value = {{"packs", json::parse(readFile(LIMBER_BENCH_DIR "/packs.json"))},
                             {"requests", json::parse(readFile(LIMBER_BENCH_DIR "/requests.json"))}};
  return value;
}

limber::Engine& engine() {
  static limber::Engine instance = [] {
    limber::Engine e;
    for (const json& pack : inputs()["packs"]) e.addPack(pack["text"]);
    return e;
  }();
  return instance;
}

void PlanOver150ExercisesAndTenYears(benchmark::State& state) {
  const std::string request = inputs()["requests"]["plan"].dump();
  for (auto _ : state) benchmark::DoNotOptimize(engine().plan(request));
}
BENCHMARK(PlanOver150ExercisesAndTenYears)->Unit(benchmark::kMicrosecond);

void LoadTenYearsOfHistory(benchmark::State& state) {
  const std::string request = inputs()["requests"]["loadHistory"].dump();
  for (auto _ : state) benchmark::DoNotOptimize(engine().loadHistory(request));
}
BENCHMARK(LoadTenYearsOfHistory)->Unit(benchmark::kMicrosecond);

void StatsOverTenYears(benchmark::State& state) {
  engine().loadHistory(inputs()["requests"]["loadHistory"].dump());
  const std::string request = inputs()["requests"]["stats"].dump();
  for (auto _ : state) benchmark::DoNotOptimize(engine().stats(request));
}
BENCHMARK(StatsOverTenYears)->Unit(benchmark::kMicrosecond);

void ParseAndValidateEveryPack(benchmark::State& state) {
  for (auto _ : state) {
    limber::Engine fresh;
    for (const json& pack : inputs()["packs"]) benchmark::DoNotOptimize(fresh.addPack(pack["text"]));
  }
}
BENCHMARK(ParseAndValidateEveryPack)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
