#include "encode.h"

#include <array>

namespace demos {

namespace {

std::string rawInput(int width, int height, int fps) {
  return "ffmpeg -v error -y -f rawvideo -pix_fmt rgba -s " + std::to_string(width) + "x" + std::to_string(height) +
         " -r " + std::to_string(fps) + " -i - ";
}

bool writeOne(const std::string& command, const Image& frame) {
  std::FILE* pipe = popen(command.c_str(), "w");
  if (pipe == nullptr) return false;
  const bool written = std::fwrite(frame.rgba.data(), 1, frame.rgba.size(), pipe) == frame.rgba.size();
  return pclose(pipe) == 0 && written;
}

}  // namespace

VideoWriter::VideoWriter(const std::string& path, int width, int height, int fps, int frames) {
  // -auto-alt-ref 0 because libvpx keeps no alpha in alternate reference frames;
  // a key frame only at the start, since the loop is short. The realtime
  // deadline at speed 5 encodes five times faster than "good" for files about
  // 12 % larger, which is what keeps every demo inside the build's four minutes.
  const std::string command = rawInput(width, height, fps) +
                              "-c:v libvpx-vp9 -pix_fmt yuva420p -crf 46 -b:v 0 -deadline realtime -cpu-used 5 "
                              "-threads 1 -row-mt 0 -tile-columns 0 -auto-alt-ref 0 -g " +
                              std::to_string(frames) +
                              " -an -fflags +bitexact -flags:v +bitexact -metadata:s:v:0 alpha_mode=1 '" + path + "'";
  pipe_ = popen(command.c_str(), "w");
}

VideoWriter::~VideoWriter() {
  if (pipe_ != nullptr) pclose(pipe_);
}

bool VideoWriter::write(const Image& frame) {
  return pipe_ != nullptr && std::fwrite(frame.rgba.data(), 1, frame.rgba.size(), pipe_) == frame.rgba.size();
}

bool VideoWriter::close() {
  if (pipe_ == nullptr) return false;
  const int status = pclose(pipe_);
  pipe_ = nullptr;
  return status == 0;
}

bool writePoster(const std::string& path, const Image& frame) {
  return writeOne(rawInput(frame.width, frame.height, 1) +
                      "-frames:v 1 -c:v libwebp -lossless 0 -q:v 82 -compression_level 6 -threads 1 "
                      "-fflags +bitexact -flags:v +bitexact '" +
                      path + "'",
                  frame);
}

bool writePng(const std::string& path, const Image& frame) {
  return writeOne(rawInput(frame.width, frame.height, 1) + "-frames:v 1 -fflags +bitexact '" + path + "'", frame);
}

bool writeTiledPng(const std::string& path, const std::vector<Image>& frames, int columns) {
  if (frames.empty()) return false;
  const int rows = (static_cast<int>(frames.size()) + columns - 1) / columns;
  std::FILE* pipe = popen((rawInput(frames[0].width, frames[0].height, 1) + "-vf tile=" + std::to_string(columns) +
                           "x" + std::to_string(rows) + " -frames:v 1 -fflags +bitexact '" + path + "'")
                              .c_str(),
                          "w");
  if (pipe == nullptr) return false;
  bool written = true;
  for (const Image& frame : frames) {
    written = std::fwrite(frame.rgba.data(), 1, frame.rgba.size(), pipe) == frame.rgba.size() && written;
  }
  return pclose(pipe) == 0 && written;
}

std::string ffmpegVersion() {
  std::FILE* pipe = popen("ffmpeg -version 2>/dev/null", "r");
  if (pipe == nullptr) return "";
  std::array<char, 256> line{};
  std::string out = std::fgets(line.data(), line.size(), pipe) != nullptr ? line.data() : "";
  pclose(pipe);
  return out;
}

}  // namespace demos
