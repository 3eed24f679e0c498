#include "trig.h"

#include <cmath>

namespace demos {

namespace {

// Taylor series on [-pi/4, pi/4], where 11 terms are exact to double precision.
double sinSmall(double x) {
  const double x2 = x * x;
  double term = x, sum = x;
  for (int n = 1; n < 11; ++n) {
    term *= -x2 / ((2 * n) * (2 * n + 1));
    sum += term;
  }
  return sum;
}
double cosSmall(double x) {
  const double x2 = x * x;
  double term = 1, sum = 1;
  for (int n = 1; n < 11; ++n) {
    term *= -x2 / ((2 * n - 1) * (2 * n));
    sum += term;
  }
  return sum;
}

// x = q * pi/2 + r with r in [-pi/4, pi/4].
void reduce(double x, long long& q, double& r) {
  q = static_cast<long long>(std::nearbyint(x / (kPi / 2)));
  r = x - static_cast<double>(q) * (kPi / 2);
}

}  // namespace

double sinRad(double x) {
  long long q;
  double r;
  reduce(x, q, r);
  switch (((q % 4) + 4) % 4) {
    case 0:
      return sinSmall(r);
    case 1:
      return cosSmall(r);
    case 2:
      return -sinSmall(r);
    default:
      return -cosSmall(r);
  }
}

double cosRad(double x) {
  long long q;
  double r;
  reduce(x, q, r);
  switch (((q % 4) + 4) % 4) {
    case 0:
      return cosSmall(r);
    case 1:
      return -sinSmall(r);
    case 2:
      return -cosSmall(r);
    default:
      return sinSmall(r);
  }
}

double atanRad(double x) {
  // atan(x) = pi/2 - atan(1/x) for |x| > 1, then halve the argument twice with
  // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))) so the series converges fast.
  if (x < 0) return -atanRad(-x);
  if (x > 1) return kPi / 2 - atanRad(1 / x);
  double y = x;
  for (int i = 0; i < 2; ++i) y = y / (1 + std::sqrt(1 + y * y));
  const double y2 = y * y;
  double term = y, sum = y;
  for (int n = 1; n < 14; ++n) {
    term *= -y2;
    sum += term / (2 * n + 1);
  }
  return 4 * sum;
}

double atan2Rad(double y, double x) {
  if (x > 0) return atanRad(y / x);
  if (x < 0) return y >= 0 ? atanRad(y / x) + kPi : atanRad(y / x) - kPi;
  if (y > 0) return kPi / 2;
  if (y < 0) return -kPi / 2;
  return 0;
}

double acosRad(double x) {
  x = clamp(x, -1.0, 1.0);
  return atan2Rad(std::sqrt((1 - x) * (1 + x)), x);
}

Mat3 rotX(double d) {
  const double c = cosDeg(d), s = sinDeg(d);
  return {{1, 0, 0}, {0, c, s}, {0, -s, c}};
}
Mat3 rotY(double d) {
  const double c = cosDeg(d), s = sinDeg(d);
  return {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
}
Mat3 rotZ(double d) {
  const double c = cosDeg(d), s = sinDeg(d);
  return {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
}

Mat3 rotAxis(const Vec3& a, double radians) {
  const double c = cosRad(radians), s = sinRad(radians), k = 1 - c;
  return {{c + a.x * a.x * k, a.y * a.x * k + a.z * s, a.z * a.x * k - a.y * s},
          {a.x * a.y * k - a.z * s, c + a.y * a.y * k, a.z * a.y * k + a.x * s},
          {a.x * a.z * k + a.y * s, a.y * a.z * k - a.x * s, c + a.z * a.z * k}};
}

Mat3 rotBetween(const Vec3& from, const Vec3& to) {
  const Vec3 axis = cross(from, to);
  const double s = length(axis), c = dot(from, to);
  if (s < 1e-12) {
    if (c > 0) return Mat3{};
    // Opposite: half a turn about any axis at right angles to from.
    const Vec3 side = std::fabs(from.x) < 0.9 ? Vec3{1, 0, 0} : Vec3{0, 1, 0};
    return rotAxis(normalize(cross(from, side)), kPi);
  }
  return rotAxis(axis / s, atan2Rad(s, c));
}

}  // namespace demos
