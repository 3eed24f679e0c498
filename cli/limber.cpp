// limber: the core on the command line, for pack authors.
//   limber validate FILE...            every problem in each pack, by JSON path; exit 1 if any
//   limber plan --packs DIR [--settings FILE] [--history FILE] [--rotation FILE]
//               [--now UTC_MS] [--offset MINUTES] [--seed N]
//                                      the next break, as the extension would run it
//   limber simulate --days N --packs DIR [--settings FILE] [--seed N]
//                                      what N working days of breaks would hold
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "limber/engine.h"
#include "limber/pack_loader.h"
#include "limber/problem_words.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

int usage() {
  std::cerr << "usage:\n"
               "  limber validate FILE...\n"
               "  limber plan --packs DIR [--settings FILE] [--history FILE] [--rotation FILE] [--now UTC_MS] "
               "[--offset MINUTES] [--seed N]\n"
               "  limber simulate --days N --packs DIR [--settings FILE] [--seed N]\n";
  return 2;
}

bool readFile(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

int validate(const std::vector<std::string>& files) {
  if (files.empty()) return usage();
  int bad = 0;
  for (const std::string& file : files) {
    std::string text;
    if (!readFile(file, text)) {
      std::cout << file << ": cannot be read\n";
      ++bad;
      continue;
    }
    const limber::PackLoad load = limber::loadPack(text);
    if (load.problems.empty()) {
      std::cout << file << ": ok (" << load.pack->exercises.size() << " exercises)\n";
      continue;
    }
    ++bad;
    for (const limber::Problem& problem : load.problems) std::cout << problem.describe(file) << "\n";
  }
  return bad == 0 ? 0 : 1;
}

// Options as --name value pairs.
std::map<std::string, std::string> options(int argc, char** argv, int from) {
  std::map<std::string, std::string> out;
  for (int i = from; i + 1 < argc; i += 2) out[argv[i]] = argv[i + 1];
  return out;
}

json readJsonOption(const std::map<std::string, std::string>& opts, const std::string& name) {
  const auto found = opts.find(name);
  if (found == opts.end()) return nullptr;
  std::string text;
  if (!readFile(found->second, text)) {
    std::cerr << found->second << ": cannot be read\n";
    std::exit(2);
  }
  json value = json::parse(text, nullptr, false);
  if (value.is_discarded()) {
    std::cerr << found->second << ": is not valid JSON\n";
    std::exit(2);
  }
  return value;
}

bool loadPacks(limber::Engine& engine, const std::string& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "schema.json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::string text;
    readFile(file.string(), text);
    const json answer = json::parse(engine.addPack(text));
    for (const json& problem : answer.value("error", json::array())) {
      std::cerr << limber::describeProblem(problem, file.string()) << "\n";
    }
  }
  return !files.empty();
}

json ask(const std::string& answer) {
  json parsed = json::parse(answer);
  if (parsed.contains("error")) {
    for (const json& problem : parsed["error"]) std::cerr << limber::describeProblem(problem) << "\n";
    std::exit(1);
  }
  return parsed;
}

void printPlan(const json& plan) {
  for (const json& e : plan["exercises"]) {
    std::cout << "  " << e["seconds"].get<int>() << "s  " << e["name"].get<std::string>() << "  ("
              << e["packId"].get<std::string>() << ")\n";
  }
  std::cout << "  total " << plan["totalSeconds"].get<int>() << "s\n";
}

int plan(const std::map<std::string, std::string>& opts) {
  if (!opts.count("--packs")) return usage();
  limber::Engine engine;
  if (!loadPacks(engine, opts.at("--packs"))) return usage();
  const long long now =
      opts.count("--now") ? std::atoll(opts.at("--now").c_str()) : static_cast<long long>(std::time(nullptr)) * 1000;
  const int offset = opts.count("--offset") ? std::atoi(opts.at("--offset").c_str()) : 0;
  const json request = {{"settings", readJsonOption(opts, "--settings")},
                        {"rotation", readJsonOption(opts, "--rotation")},
                        {"now", {{"utc", now}, {"offset", offset}}},
                        {"seed", opts.count("--seed") ? std::atoll(opts.at("--seed").c_str()) : 0}};
  const json answer = ask(engine.plan(request.dump()));
  std::cout << "Next break:\n";
  printPlan(answer["plan"]);
  const json history = readJsonOption(opts, "--history");
  if (history.is_array()) {
    ask(engine.loadHistory(json{{"history", history}}.dump()));
    const json stats = ask(engine.stats(json{{"settings", request["settings"]}, {"now", request["now"]}}.dump()));
    std::cout << "Today: " << stats["stats"]["today"]["completed"] << " of " << stats["stats"]["goal"] << ", streak "
              << stats["stats"]["currentStreak"] << " days\n";
  }
  return 0;
}

int simulate(const std::map<std::string, std::string>& opts) {
  if (!opts.count("--packs") || !opts.count("--days")) return usage();
  const int days = std::atoi(opts.at("--days").c_str());
  if (days < 1 || days > 366) {
    std::cerr << "--days: expected 1 to 366\n";
    return 2;
  }
  limber::Engine engine;
  if (!loadPacks(engine, opts.at("--packs"))) return usage();
  const json settings = readJsonOption(opts, "--settings");
  const long long seed = opts.count("--seed") ? std::atoll(opts.at("--seed").c_str()) : 1;
  // From Monday 2026-11-23 09:00 UTC: every break as soon as it is due.
  long long now = 1795424400000LL - 3600000LL;
  json rotation;
  json state;
  int breaks = 0;
  std::map<std::string, int> counts;
  for (int day = 0; day < days;) {
    const json scheduled = ask(
        engine.schedule(json{{"settings", settings}, {"state", state}, {"now", {{"utc", now}, {"offset", 0}}}}.dump()));
    state = scheduled["state"];
    const json& schedule = scheduled["schedule"];
    if (schedule["status"] != "due") {
      const long long next = schedule["dueAt"].get<long long>();
      if (schedule["status"] == "outside-hours" && next > now) {
        const long long before = now / 86400000LL;
        now = next;
        day += static_cast<int>(now / 86400000LL - before);
        continue;
      }
      now = std::max(now + 60000, next);
      continue;
    }
    const json planned = ask(engine.plan(
        json{{"settings", settings}, {"rotation", rotation}, {"now", {{"utc", now}, {"offset", 0}}}, {"seed", seed}}
            .dump()));
    std::vector<std::string> done;
    int seconds = 0;
    for (const json& e : planned["plan"]["exercises"]) {
      done.push_back(e["id"]);
      counts[e["name"]] += 1;
      seconds += e["seconds"].get<int>();
    }
    now += seconds * 1000LL;
    const json finished = ask(engine.finishBreak(json{
        {"settings", settings},
        {"rotation", rotation},
        {"state", state},
        {"id", "sim-" + std::to_string(breaks)},
        {"start", now - seconds * 1000LL},
        {"now", {{"utc", now}, {"offset", 0}}},
        {"done", done},
        {"endedEarly", false}}.dump()));
    rotation = finished["rotation"];
    state = finished["state"];
    std::cout << finished["record"]["day"].get<std::string>() << " break " << ++breaks << ":\n";
    printPlan(planned["plan"]);
  }
  std::cout << breaks << " breaks in " << days << " days; exercises done:\n";
  for (const auto& [name, count] : counts) std::cout << "  " << count << "  " << name << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string command = argv[1];
  if (command == "validate") return validate(std::vector<std::string>(argv + 2, argv + argc));
  if (command == "plan") return plan(options(argc, argv, 2));
  if (command == "simulate") return simulate(options(argc, argv, 2));
  return usage();
}
