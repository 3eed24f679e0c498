// Vec3 and Mat3: the little linear algebra the rig, the solver and the ray
// caster share. Plain doubles, no SIMD, so every build computes the same bits.
#pragma once

#include <cmath>

namespace demos {

struct Vec3 {
  double x = 0, y = 0, z = 0;

  constexpr Vec3() = default;
  constexpr Vec3(double x_, double y_, double z_) : x(x_), y(y_), z(z_) {}
  constexpr Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
  constexpr Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
  constexpr Vec3 operator-() const { return {-x, -y, -z}; }
  constexpr Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
  constexpr Vec3 operator/(double s) const { return {x / s, y / s, z / s}; }
  Vec3& operator+=(const Vec3& o) { return *this = *this + o; }
  Vec3& operator-=(const Vec3& o) { return *this = *this - o; }
  Vec3& operator*=(double s) { return *this = *this * s; }
};

constexpr Vec3 operator*(double s, const Vec3& v) { return v * s; }
constexpr double dot(const Vec3& a, const Vec3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
constexpr Vec3 cross(const Vec3& a, const Vec3& b) {
  return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
constexpr Vec3 mul(const Vec3& a, const Vec3& b) { return {a.x * b.x, a.y * b.y, a.z * b.z}; }
inline double length(const Vec3& v) { return std::sqrt(dot(v, v)); }
inline Vec3 normalize(const Vec3& v) {
  const double l = length(v);
  return l > 0 ? v / l : Vec3{0, 1, 0};
}
constexpr Vec3 lerp(const Vec3& a, const Vec3& b, double t) { return a + (b - a) * t; }
constexpr double clamp(double v, double lo, double hi) { return v < lo ? lo : (v > hi ? hi : v); }
constexpr double mix(double a, double b, double t) { return a + (b - a) * t; }

// A rotation (or any 3x3 matrix), stored by columns: the images of x, y and z.
struct Mat3 {
  Vec3 c0{1, 0, 0}, c1{0, 1, 0}, c2{0, 0, 1};

  constexpr Vec3 operator*(const Vec3& v) const { return c0 * v.x + c1 * v.y + c2 * v.z; }
  constexpr Mat3 operator*(const Mat3& m) const { return {(*this) * m.c0, (*this) * m.c1, (*this) * m.c2}; }
  constexpr Mat3 transposed() const { return {{c0.x, c1.x, c2.x}, {c0.y, c1.y, c2.y}, {c0.z, c1.z, c2.z}}; }
};

// The mirror image of a rotation through the figure's midline (x -> -x).
constexpr Mat3 mirrored(const Mat3& m) {
  return {{m.c0.x, -m.c0.y, -m.c0.z}, {-m.c1.x, m.c1.y, m.c1.z}, {-m.c2.x, m.c2.y, m.c2.z}};
}
constexpr Vec3 mirrored(const Vec3& v) { return {-v.x, v.y, v.z}; }

// A joint's place and orientation in the world.
struct Frame {
  Vec3 origin;
  Mat3 axes;

  constexpr Vec3 point(const Vec3& local) const { return origin + axes * local; }
};

}  // namespace demos
