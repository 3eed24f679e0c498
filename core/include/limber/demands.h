// Demands -> conditions: the one table that says which conditions each thing an
// exercise asks of the body rules out. An exercise is withheld for what its
// demands imply plus any condition it adds itself, never fewer, in packaged and
// custom packs alike. Written from mainstream, conservative guidance (README,
// "Conditions and demands"); Limber is not medical advice.
#pragma once

#include <vector>

#include "limber/vocabulary.h"

namespace limber {

// The conditions one demand rules out, in the order Condition lists them.
std::vector<Condition> conditionsRuledOutBy(Demand demand);

// What an exercise is withheld for: every condition its demands rule out and
// every one it adds, each once, in the order Condition lists them.
std::vector<Condition> conditionsFor(const std::vector<Demand>& demands, const std::vector<Condition>& added);

}  // namespace limber
