#include "library.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "limber/motion.h"
#include "limber/pack_loader.h"

namespace demos {

Library loadLibrary(const std::string& packsDir) {
  Library lib;
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(packsDir, error)) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "schema.json") files.push_back(entry.path());
  }
  if (error) lib.problems.push_back(packsDir + ": " + error.message());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    limber::PackLoad load = limber::loadPack(text.str());
    const std::string source = "packs/" + file.filename().string();
    for (const auto& problem : load.problems) lib.problems.push_back(problem.describe(source));
    if (!load.pack) continue;
    const limber::Pack& pack = *load.pack;
    std::map<std::string, limber::Motion> motions;
    for (auto& [id, motion] : limber::loadMotions(text.str())) motions.emplace(id, std::move(motion));
    const auto hasMotion = [&](const std::string& id) { return motions.count(id) > 0; };
    std::map<std::string, const limber::Exercise*> byId;
    for (const auto& e : pack.exercises) byId[e.id] = &e;
    for (const auto& e : pack.exercises) {
      if (e.demo.video.empty()) continue;
      if (hasMotion(e.id)) {
        Job job{e.id, e.side, motions.at(e.id), {{e.id, e.demo.video, e.demo.poster, false}}};
        lib.jobs.push_back(job);
        continue;
      }
      const auto partner = byId.find(e.partner);
      if (e.side == limber::Side::Right && partner != byId.end() && hasMotion(e.partner)) continue;
      lib.problems.push_back(source + ": " + e.id + " names a demo video but has no motion to render it from");
    }
    // A right-side exercise without a motion of its own shows its left partner in a mirror.
    for (const auto& e : pack.exercises) {
      if (hasMotion(e.id) || e.demo.video.empty() || e.side != limber::Side::Right) continue;
      for (Job& job : lib.jobs) {
        if (job.id == e.partner) job.outputs.push_back({e.id, e.demo.video, e.demo.poster, true});
      }
    }
    lib.packs.push_back(pack);
  }
  return lib;
}

}  // namespace demos
