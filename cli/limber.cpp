// limber: the core on the command line, for pack authors.
//   limber validate [--media DIR] FILE...
//                                      every problem in each pack, by JSON path; exit 1 if any
//                                      (with --media, every demo it names must be a file in DIR)
//   limber plan --packs DIR [--settings FILE] [--history FILE] [--rotation FILE]
//               [--now UTC_MS] [--offset MINUTES] [--seed N]
//                                      the next break, as the extension would run it
//   limber simulate --days N --packs DIR [--settings FILE] [--seed N]
//                                      what N working days of breaks would hold
// Bad input of any kind is named with what was expected, and exits non-zero:
// 2 for the command line and files that cannot be read, 1 for what the core refuses.
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "limber/engine.h"
#include "limber/pack_loader.h"
#include "limber/problem_words.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// No file the command reads is larger: a backup's limit, far above any pack or history.
constexpr std::size_t kMaxFileBytes = 16 * 1024 * 1024;
constexpr long long kMaxTime = 1LL << 52;

int usage() {
  std::cerr << "usage:\n"
               "  limber validate [--media DIR] FILE...\n"
               "  limber plan --packs DIR [--settings FILE] [--history FILE] [--rotation FILE] [--now UTC_MS] "
               "[--offset MINUTES] [--seed N]\n"
               "  limber simulate --days N --packs DIR [--settings FILE] [--seed N]\n";
  return 2;
}

[[noreturn]] void fail(const std::string& message, int status = 2) {
  std::cerr << message << "\n";
  std::exit(status);
}

// Reads a file's text; false, with `why` set, when it is not a file that can be read whole.
bool readFile(const std::string& path, std::string& text, std::string& why) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    why = "no such file";
    return false;
  }
  if (fs::is_directory(status)) {
    why = "is a folder, not a file";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = "cannot be read";
    return false;
  }
  // Read in pieces up to the limit, so that /dev/zero or a huge file is refused, not held.
  text.clear();
  char buffer[65536];
  while (in.read(buffer, sizeof buffer), in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxFileBytes) {
      why = "is larger than " + std::to_string(kMaxFileBytes / (1024 * 1024)) + " MB, more than any pack or history";
      return false;
    }
  }
  if (in.bad()) {
    why = "cannot be read";
    return false;
  }
  return true;
}

std::string readFileOrFail(const std::string& path) {
  std::string text;
  std::string why;
  if (!readFile(path, text, why)) fail(path + ": " + why);
  return text;
}

// Options as --name value pairs, each one of `known` and given once.
std::map<std::string, std::string> options(int argc, char** argv, int from, const std::set<std::string>& known,
                                           std::vector<std::string>* rest = nullptr) {
  std::map<std::string, std::string> out;
  for (int i = from; i < argc; ++i) {
    const std::string name = argv[i];
    if (name.rfind("--", 0) != 0) {
      if (rest == nullptr) fail(name + ": expected an option, such as " + *known.begin());
      rest->push_back(name);
      continue;
    }
    if (known.count(name) == 0) {
      std::string list;
      for (const std::string& option : known) list += (list.empty() ? "" : ", ") + option;
      fail(name + ": not an option of this command; expected one of " + list);
    }
    if (i + 1 >= argc) fail(name + ": expected a value after it");
    if (!out.emplace(name, argv[++i]).second) fail(name + ": given twice");
  }
  return out;
}

// A whole number from least to most, or a message naming the option.
long long wholeNumber(const std::map<std::string, std::string>& opts, const std::string& name, long long least,
                      long long most, long long otherwise) {
  const auto found = opts.find(name);
  if (found == opts.end()) return otherwise;
  const std::string& text = found->second;
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < least || value > most) {
    fail(name + ": expected a whole number from " + std::to_string(least) + " to " + std::to_string(most) +
         ", found \"" + text + "\"");
  }
  return value;
}

json readJsonOption(const std::map<std::string, std::string>& opts, const std::string& name) {
  const auto found = opts.find(name);
  if (found == opts.end()) return nullptr;
  json value = json::parse(readFileOrFail(found->second), nullptr, false);
  if (value.is_discarded()) fail(found->second + ": is not valid JSON");
  return value;
}

// Prints the core's problems, each naming its file; returns how many.
std::size_t report(const json& answer, const std::string& key, const std::string& source = "") {
  std::size_t count = 0;
  for (const json& problem : answer.value(key, json::array())) {
    std::cerr << limber::describeProblem(problem, source) << "\n";
    ++count;
  }
  return count;
}

// The packs in DIR (*.json but the schema); a refused pack is reported and makes the exit 1.
bool loadPacks(limber::Engine& engine, const std::string& dir) {
  std::error_code error;
  if (!fs::exists(dir, error)) fail(dir + ": no such folder");
  if (!fs::is_directory(dir, error)) fail(dir + ": is not a folder; --packs expects a folder of pack files");
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const fs::path& path = it->path();
    if (path.extension() == ".json" && path.filename() != "schema.json") files.push_back(path);
  }
  if (error) fail(dir + ": cannot be read (" + error.message() + ")");
  if (files.empty()) fail(dir + ": holds no pack; expected files named *.json");
  std::sort(files.begin(), files.end());
  std::size_t refused = 0;
  for (const fs::path& file : files) {
    const json answer = json::parse(engine.addPack(readFileOrFail(file.string())));
    refused += report(answer, "error", file.string()) > 0 ? 1 : 0;
  }
  return refused == 0;
}

// The core's answer; what it refuses, or what it found wrong in the files given, ends the command.
json ask(const std::string& answer) {
  json parsed = json::parse(answer);
  if (report(parsed, "error") + report(parsed, "problems") > 0) std::exit(1);
  return parsed;
}

// With --media: every video and poster the pack names is a file there.
std::size_t missingMedia(const limber::Pack& pack, const std::string& media, const std::string& file) {
  std::vector<std::pair<std::string, const limber::Demo*>> demos{{"demo", &pack.demo}};
  for (std::size_t i = 0; i < pack.exercises.size(); ++i) {
    demos.emplace_back("exercises[" + std::to_string(i) + "].demo", &pack.exercises[i].demo);
  }
  std::size_t missing = 0;
  for (const auto& [path, demo] : demos) {
    for (const auto& [key, name] : {std::pair{"video", &demo->video}, std::pair{"poster", &demo->poster}}) {
      std::error_code error;
      if (name->empty() || fs::is_regular_file(fs::path(media) / *name, error)) continue;
      std::cout << file << ": " << path << "." << key << ": expected a file in " << media << ", found none named \""
                << *name << "\"\n";
      ++missing;
    }
  }
  return missing;
}

int validate(int argc, char** argv) {
  std::vector<std::string> files;
  const auto opts = options(argc, argv, 2, {"--media"}, &files);
  if (files.empty()) return usage();
  const std::string media = opts.count("--media") ? opts.at("--media") : "";
  std::error_code error;
  if (!media.empty() && !fs::is_directory(media, error)) fail(media + ": --media expects a folder");
  int bad = 0;
  for (const std::string& file : files) {
    std::string text;
    std::string why;
    if (!readFile(file, text, why)) {
      std::cout << file << ": " << why << "\n";
      ++bad;
      continue;
    }
    const limber::PackLoad load = limber::loadPack(text);
    if (load.problems.empty() && (media.empty() || missingMedia(*load.pack, media, file) == 0)) {
      std::cout << file << ": ok (" << load.pack->exercises.size() << " exercises)\n";
      continue;
    }
    ++bad;
    for (const limber::Problem& problem : load.problems) std::cout << problem.describe(file) << "\n";
  }
  return bad == 0 ? 0 : 1;
}

void printPlan(const json& plan) {
  for (const json& e : plan["exercises"]) {
    std::cout << "  " << e["seconds"].get<int>() << "s  " << e["name"].get<std::string>() << "  ("
              << e["packId"].get<std::string>() << ")\n";
  }
  std::cout << "  total " << plan["totalSeconds"].get<int>() << "s\n";
}

int plan(int argc, char** argv) {
  const auto opts =
      options(argc, argv, 2, {"--packs", "--settings", "--history", "--rotation", "--now", "--offset", "--seed"});
  if (!opts.count("--packs")) return usage();
  const long long now = wholeNumber(opts, "--now", 0, kMaxTime, static_cast<long long>(std::time(nullptr)) * 1000);
  const long long offset = wholeNumber(opts, "--offset", -14 * 60, 14 * 60, 0);
  const long long seed = wholeNumber(opts, "--seed", 0, kMaxTime, 0);
  const json settings = readJsonOption(opts, "--settings");
  const json rotation = readJsonOption(opts, "--rotation");
  const json history = readJsonOption(opts, "--history");
  if (opts.count("--history") && !history.is_array()) {
    fail(opts.at("--history") + ": expected a list of history records, found " + std::string(history.type_name()));
  }
  limber::Engine engine;
  const bool packsWhole = loadPacks(engine, opts.at("--packs"));
  const json moment = {{"utc", now}, {"offset", offset}};
  const json answer =
      ask(engine.plan(json{{"settings", settings}, {"rotation", rotation}, {"now", moment}, {"seed", seed}}.dump()));
  std::cout << "Next break:\n";
  printPlan(answer["plan"]);
  if (history.is_array()) {
    ask(engine.loadHistory(json{{"history", history}}.dump()));
    const json stats = ask(engine.stats(json{{"settings", settings}, {"now", moment}}.dump()));
    std::cout << "Today: " << stats["stats"]["today"]["completed"] << " of " << stats["stats"]["goal"] << ", streak "
              << stats["stats"]["currentStreak"] << " days\n";
  }
  return packsWhole ? 0 : 1;
}

int simulate(int argc, char** argv) {
  const auto opts = options(argc, argv, 2, {"--days", "--packs", "--settings", "--seed"});
  if (!opts.count("--packs") || !opts.count("--days")) return usage();
  const int days = static_cast<int>(wholeNumber(opts, "--days", 1, 366, 0));
  const long long seed = wholeNumber(opts, "--seed", 0, kMaxTime, 1);
  const json settings = readJsonOption(opts, "--settings");
  limber::Engine engine;
  const bool packsWhole = loadPacks(engine, opts.at("--packs"));
  // From Monday 2026-11-23 09:00 UTC: every break as soon as it is due.
  const long long from = 1795424400000LL - 3600000LL;
  long long now = from;
  json rotation;
  json state;
  int breaks = 0;
  std::map<std::string, int> counts;
  for (int day = 0; day < days;) {
    const json scheduled = ask(
        engine.schedule(json{{"settings", settings}, {"state", state}, {"now", {{"utc", now}, {"offset", 0}}}}.dump()));
    state = scheduled["state"];
    const json& schedule = scheduled["schedule"];
    if (schedule["status"] == "off") fail("settings: reminders are off (\"reminders\": false), so no break comes", 1);
    // However the settings read, the simulated days end: no week passes without a break.
    if (now - from > (days + 7LL) * 86400000LL) fail("settings: no break came due for a week", 1);
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
    if (done.empty()) fail("settings: no exercise fits them, so no break can be planned", 1);
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
  return packsWhole ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string command = argv[1];
  if (command == "validate") return validate(argc, argv);
  if (command == "plan") return plan(argc, argv);
  if (command == "simulate") return simulate(argc, argv);
  std::cerr << command << ": not a command\n";
  return usage();
}
