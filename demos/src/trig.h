// Sine, cosine and their inverses computed here rather than by libm: glibc picks
// FMA or plain code paths at run time, and a demo must be the same bytes on
// every machine (DEMOS.md). Angles in degrees unless the name says radians.
#pragma once

#include "vec.h"

namespace demos {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180;

double sinRad(double x);
double cosRad(double x);
double atanRad(double x);
double atan2Rad(double y, double x);
double acosRad(double x);  // x clamped to [-1, 1]

inline double sinDeg(double d) { return sinRad(d * kDegree); }
inline double cosDeg(double d) { return cosRad(d * kDegree); }

Mat3 rotX(double degrees);
Mat3 rotY(double degrees);
Mat3 rotZ(double degrees);
// A rotation by angle (radians) about a unit axis.
Mat3 rotAxis(const Vec3& axis, double radians);
// The smallest rotation that turns unit vector from into unit vector to.
Mat3 rotBetween(const Vec3& from, const Vec3& to);

}  // namespace demos
