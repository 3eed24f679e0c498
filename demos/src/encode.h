// Frames to files through Debian's ffmpeg: a looping VP9 WebM with an alpha
// channel, a WebP poster with alpha, PNG stills for the review sheets. One
// thread and bit-exact flags, so the same frames give the same bytes.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "render.h"

namespace demos {

class VideoWriter {
 public:
  VideoWriter(const std::string& path, int width, int height, int fps, int frames);
  ~VideoWriter();
  VideoWriter(const VideoWriter&) = delete;
  VideoWriter& operator=(const VideoWriter&) = delete;

  bool write(const Image& frame);
  bool close();  // false when ffmpeg failed

 private:
  std::FILE* pipe_ = nullptr;
};

bool writePoster(const std::string& path, const Image& frame);
bool writePng(const std::string& path, const Image& frame);
// Frames side by side, columns wide, as one PNG (the review sheets' strip).
bool writeTiledPng(const std::string& path, const std::vector<Image>& frames, int columns);

// ffmpeg's first line of -version: part of every video's key.
std::string ffmpegVersion();

}  // namespace demos
