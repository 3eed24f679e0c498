// Every demo the packs ask for: which motion each exercise's video is rendered
// from (its own, or its left partner's seen in a mirror) and where it goes.
#pragma once

#include <string>
#include <vector>

#include "limber/motion.h"
#include "limber/pack.h"

namespace demos {

struct Output {
  std::string exerciseId;
  std::string video;  // a path inside the extension, e.g. "videos/cat-cow.webm"
  std::string poster;
  bool mirrored = false;
};

struct Job {
  std::string id;  // the exercise whose motion it is
  limber::Side side = limber::Side::None;
  limber::Motion motion;
  std::vector<Output> outputs;  // the exercise itself, and its right partner when that is its mirror
};

struct Library {
  std::vector<limber::Pack> packs;
  std::vector<Job> jobs;
  std::vector<std::string> problems;  // "packs/x.json: exercises[2].motion: ..." or a missing motion
};

// Reads every pack in the folder (not schema.json) with the core's loader.
Library loadLibrary(const std::string& packsDir);

}  // namespace demos
