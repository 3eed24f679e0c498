#include "limber/demands.h"

#include <cstdint>

namespace limber {

namespace {
using C = Condition;
using Conditions = std::uint32_t;  // a set of conditions, one bit each

template <typename... Ruled>
constexpr Conditions rules(Ruled... ruled) {
  return (0u | ... | (1u << static_cast<unsigned>(ruled)));
}

static_assert(Names<Condition>::list.size() <= 32, "a set of conditions is 32 bits");

// Indexed by Demand. The guidance each row follows is named in the README.
constexpr std::array<Conditions, Names<Demand>::list.size()> kRulesOut{
    rules(C::WristPain, C::ShoulderInjury),                        // weight-on-hands
    rules(C::KneePain),                                            // kneeling
    rules(C::Pregnancy),                                           // lying-on-back
    rules(C::Pregnancy),                                           // lying-face-down
    rules(C::ShoulderInjury),                                      // arms-raised
    rules(C::NeckInjury, C::ShoulderInjury),                       // hands-behind-head
    rules(C::DiscInjury, C::RadiatingLegPain, C::Osteoporosis),    // spinal-twist
    rules(C::DiscInjury, C::RadiatingLegPain, C::Osteoporosis),    // forward-bend
    rules(C::DiscInjury, C::RadiatingLegPain),                     // backbend
    rules(C::HighBloodPressure, C::BalanceProblems, C::Glaucoma),  // head-below-heart
    rules(C::Pregnancy, C::HighBloodPressure, C::Glaucoma),        // breath-holding
    rules(C::BalanceProblems),                                     // one-leg-balance
    rules(C::RecentInjury),                                        // end-range-stretch
    rules(C::NeckInjury),                                          // neck-under-pull
    rules(C::KneePain),                                            // deep-knee-bend
    rules(C::KneePain),                                            // squat
    rules(C::HipReplacement),                                      // deep-hip-bend
    rules(C::HipReplacement),                                      // crossed-leg
    rules(C::RecentInjury),                                        // momentum
    rules(C::RecentInjury),                                        // strength-effort
    rules(C::WristPain),                                           // wrist-end-range
    rules(C::DiscInjury, C::RadiatingLegPain),                     // straight-leg-stretch
};

std::vector<Condition> listOf(Conditions set) {
  std::vector<Condition> out;
  for (std::size_t i = 0; i < Names<Condition>::list.size(); ++i) {
    if ((set >> i) & 1u) out.push_back(static_cast<Condition>(i));
  }
  return out;
}
}  // namespace

std::vector<Condition> conditionsRuledOutBy(Demand demand) {
  return listOf(kRulesOut[static_cast<std::size_t>(demand)]);
}

std::vector<Condition> conditionsFor(const std::vector<Demand>& demands, const std::vector<Condition>& added) {
  Conditions set = rules();
  for (Demand demand : demands) set |= kRulesOut[static_cast<std::size_t>(demand)];
  for (Condition condition : added) set |= rules(condition);
  return listOf(set);
}

}  // namespace limber
