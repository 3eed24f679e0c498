// limber-demos: renders every exercise's demo video and poster from the motions
// in the packs (scripts/build runs it), and stills for the review sheets.
//   limber-demos render --packs packs --out build/media [--only id,id] [--jobs N]
//   limber-demos frames --packs packs --out build/sheets/frames [--count 8] [--only id,id]   (scripts/review-sheets)
//   limber-demos bench --packs packs [--only id,id] [--jobs 1]    (time a frame, no encoding)
//   limber-demos check --packs packs [--only id,id]              (the motion checks, printed)
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "checks.h"
#include "demo.h"
#include "encode.h"
#include "library.h"
#include "renderer_key.h"

namespace {

using demos::Demo;
using demos::Image;
using demos::Job;

struct Options {
  std::string command, packs = "packs", out;
  std::vector<std::string> only;
  int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int count = 8;
  bool countSet = false;
};

bool parse(int argc, char** argv, Options& o) {
  if (argc < 2) return false;
  o.command = argv[1];
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--packs")
      o.packs = value;
    else if (flag == "--out")
      o.out = value;
    else if (flag == "--jobs")
      o.jobs = std::max(1, std::atoi(value.c_str()));
    else if (flag == "--count") {
      o.count = std::clamp(std::atoi(value.c_str()), 1, 32);
      o.countSet = true;
    } else if (flag == "--only") {
      std::stringstream list(value);
      for (std::string id; std::getline(list, id, ',');) o.only.push_back(id);
    } else {
      return false;
    }
  }
  if ((argc - 2) % 2 != 0) return false;
  const bool needsOut = o.command == "render" || o.command == "frames";
  return (needsOut || o.command == "bench" || o.command == "check") && (!o.out.empty() || !needsOut);
}

// FNV-1a: a video's key is its motion, its outputs, this program and ffmpeg.
std::uint64_t hashOf(const std::string& text, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string describe(const Job& job) {
  const limber::Motion& m = job.motion;
  std::ostringstream out;
  out.precision(9);
  out << limber::nameOf(m.base) << ' ' << m.camera.yaw << ' ' << m.camera.pitch << ' '
      << limber::nameOf(m.camera.frame);
  for (auto p : m.props) out << ' ' << limber::nameOf(p);
  for (auto c : m.contacts) out << ' ' << limber::nameOf(c);
  for (const auto& k : m.keys) {
    out << " [" << k.in << ' ' << k.hold << ' ' << k.setsReach;
    for (const auto& [c, v] : k.pose) out << ' ' << limber::nameOf(c) << '=' << v;
    for (const auto& [e, l] : k.reach) out << ' ' << limber::nameOf(e) << '>' << limber::nameOf(l);
    out << ']';
  }
  for (const auto& o : job.outputs) out << ' ' << o.video << ' ' << o.poster << ' ' << o.mirrored;
  out << ' ' << demos::kWidth << 'x' << demos::kHeight << '@' << demos::kFps;
  return out.str();
}

// The renderer's own sources, compiler and ffmpeg: a change to unrelated core
// code does not render every demo again.
std::string programKey() { return std::string(LIMBER_RENDERER_KEY) + demos::ffmpegVersion(); }

bool wanted(const Options& o, const Job& job) {
  if (o.only.empty()) return true;
  return std::any_of(job.outputs.begin(), job.outputs.end(), [&](const demos::Output& out) {
    return std::find(o.only.begin(), o.only.end(), out.exerciseId) != o.only.end();
  });
}

bool samePose(const demos::Moment& a, const demos::Moment& b) {
  if (a.angles != b.angles || a.reaches.size() != b.reaches.size()) return false;
  for (std::size_t i = 0; i < a.reaches.size(); ++i) {
    if (a.reaches[i].effector != b.reaches[i].effector || a.reaches[i].landmark != b.reaches[i].landmark ||
        a.reaches[i].weight != b.reaches[i].weight) {
      return false;
    }
  }
  return true;
}

bool renderJob(const Options& o, const Job& job, const std::string& program, bool& rendered, std::string& error) {
  namespace fs = std::filesystem;
  const std::string key = std::to_string(hashOf(describe(job), hashOf(program)));
  const fs::path stamp = fs::path(o.out) / (job.outputs.front().video + ".key");
  bool fresh = true;
  for (const auto& out : job.outputs) fresh = fresh && fs::exists(fs::path(o.out) / out.video);
  if (fresh) {
    std::ifstream in(stamp);
    std::string old;
    std::getline(in, old);
    if (old == key) return true;
  }
  rendered = true;
  const Demo demo(job.motion);
  const int frames = demo.frameCount();
  std::vector<std::unique_ptr<demos::VideoWriter>> writers;
  for (const auto& out : job.outputs) {
    fs::create_directories((fs::path(o.out) / out.video).parent_path());
    writers.push_back(std::make_unique<demos::VideoWriter>((fs::path(o.out) / out.video).string(), demos::kWidth,
                                                           demos::kHeight, demos::kFps, frames));
  }
  Image image, mirror;
  bool ok = true;
  demos::Moment previous;
  for (int f = 0; f < frames; ++f) {
    // A hold shows the same pose frame after frame: draw it once.
    const demos::Moment now = demo.timeline().sample(demo.timeOf(f));
    if (f == 0 || !samePose(now, previous)) demo.render(demo.timeOf(f), image);
    previous = now;
    for (std::size_t i = 0; i < writers.size(); ++i) {
      if (job.outputs[i].mirrored) {
        mirror = image;
        demos::flip(mirror);
        ok = writers[i]->write(mirror) && ok;
      } else {
        ok = writers[i]->write(image) && ok;
      }
    }
  }
  for (auto& w : writers) ok = w->close() && ok;
  demo.render(demo.posterTime(), image);
  for (const auto& out : job.outputs) {
    if (out.poster.empty()) continue;
    Image poster = image;
    if (out.mirrored) demos::flip(poster);
    ok = demos::writePoster((fs::path(o.out) / out.poster).string(), poster) && ok;
  }
  if (!ok) {
    error = "ffmpeg could not encode the demo of " + job.id;
    return false;
  }
  std::ofstream(stamp) << key << '\n';
  return true;
}

// Renders every frame without encoding, for the renderer's own figures.
// CPU time of this thread, in milliseconds: other work on the machine does not count.
double cpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

bool benchOf(const Job& job, int limit, std::mutex& printing) {
  const double started = cpuMs();
  const Demo demo(job.motion);
  const double solved = cpuMs();
  Image image;
  const int frames = limit > 0 ? std::min(limit, demo.frameCount()) : demo.frameCount();
  for (int f = 0; f < frames; ++f) demo.render(demo.timeOf(f * demo.frameCount() / frames), image);
  const double done = cpuMs();
  std::lock_guard<std::mutex> lock(printing);
  std::printf("%-36s %4d frames  %6.1f ms CPU a frame  (setup %.0f ms)\n", job.id.c_str(), frames,
              (done - solved) / frames, solved - started);
  return true;
}

// The motion checks of demos/src/checks.h, printed; false when any fails.
bool checkOf(const Job& job, std::mutex& printing) {
  const Demo demo(job.motion, 64, 48);
  std::vector<std::string> problems = demos::checkMotion(demo, job.side);
  if (job.side == limber::Side::Left || job.side == limber::Side::Right) {
    const double error = demos::mirrorError(job.motion);
    if (error > 1e-9) problems.push_back("its mirror image is off by " + std::to_string(error) + " m");
  }
  std::lock_guard<std::mutex> lock(printing);
  for (const auto& p : problems) std::printf("%s: %s\n", job.id.c_str(), p.c_str());
  return problems.empty();
}

// The review sheet's strip: count moments of the loop, evenly spread, side by
// side in one PNG per exercise (a right one mirrored), four to a row.
bool framesOf(const Options& o, const Job& job, std::string& error) {
  namespace fs = std::filesystem;
  const Demo demo(job.motion);
  fs::create_directories(o.out);
  std::vector<Image> frames(static_cast<std::size_t>(o.count));
  for (int k = 0; k < o.count; ++k)
    demo.render(demo.timeline().seconds() * k / o.count, frames[static_cast<std::size_t>(k)]);
  for (const auto& out : job.outputs) {
    std::vector<Image> strip = frames;
    if (out.mirrored) {
      for (Image& frame : strip) demos::flip(frame);
    }
    const std::string path = (fs::path(o.out) / (out.exerciseId + ".png")).string();
    if (!demos::writeTiledPng(path, strip, std::min(o.count, 4))) {
      error = "ffmpeg could not write " + path;
      return false;
    }
    std::ofstream(fs::path(o.out) / (out.exerciseId + ".txt")) << demo.timeline().seconds() << '\n';
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!parse(argc, argv, o)) {
    std::fprintf(stderr,
                 "usage: limber-demos render --packs DIR --out DIR [--only ID,ID] [--jobs N]\n"
                 "       limber-demos frames --packs DIR --out DIR [--count N] [--only ID,ID]\n");
    return 2;
  }
  const auto started = std::chrono::steady_clock::now();
  const demos::Library lib = demos::loadLibrary(o.packs);
  for (const auto& p : lib.problems) std::fprintf(stderr, "%s\n", p.c_str());
  if (!lib.problems.empty()) return 1;
  std::vector<const Job*> todo;
  for (const Job& job : lib.jobs) {
    if (wanted(o, job)) todo.push_back(&job);
  }
  const std::string program = o.command == "render" ? programKey() : "";
  std::atomic<std::size_t> next{0};
  std::atomic<int> rendered{0}, failed{0};
  std::mutex printing;
  const auto work = [&] {
    for (std::size_t i = next++; i < todo.size(); i = next++) {
      std::string error;
      bool did = false;
      const bool ok = o.command == "render"  ? renderJob(o, *todo[i], program, did, error)
                      : o.command == "bench" ? benchOf(*todo[i], o.countSet ? o.count : 0, printing)
                      : o.command == "check" ? checkOf(*todo[i], printing)
                                             : framesOf(o, *todo[i], error);
      if (did) ++rendered;
      if (!ok) {
        ++failed;
        std::lock_guard<std::mutex> lock(printing);
        std::fprintf(stderr, "%s\n", error.c_str());
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < o.jobs; ++t) threads.emplace_back(work);
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::size_t videos = 0;
  for (const Job* job : todo) videos += job->outputs.size();
  if (o.command == "check") {
    std::printf("demos: %zu motions checked, %d with problems\n", todo.size(), failed.load());
  } else if (o.command == "render") {
    std::printf("demos: %zu videos from %zu motions, %d motions rendered, %zu unchanged, in %.1f s\n", videos,
                todo.size(), rendered.load(), todo.size() - static_cast<std::size_t>(rendered.load()), seconds);
  } else {
    std::printf("demos: %d stills each of %zu motions in %.1f s\n", o.count, todo.size(), seconds);
  }
  return failed > 0 ? 1 : 0;
}
