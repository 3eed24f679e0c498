// The embind face of the core: the Engine's JSON-in, JSON-out calls and nothing
// else. Keeping the surface this coarse keeps calls few and nothing to delete().
#include <emscripten/bind.h>

#include "limber/engine.h"

EMSCRIPTEN_BINDINGS(limber) {
  emscripten::class_<limber::Engine>("Engine")
      .constructor<>()
      .function("setLanguage", &limber::Engine::setLanguage)
      .function("addPack", &limber::Engine::addPack)
      .function("removePack", &limber::Engine::removePack)
      .function("packs", &limber::Engine::packs)
      .function("pack", &limber::Engine::pack)
      .function("settings", &limber::Engine::settings)
      .function("policy", &limber::Engine::policy)
      .function("withheld", &limber::Engine::withheld)
      .function("next", &limber::Engine::next)
      .function("plan", &limber::Engine::plan)
      .function("finishBreak", &limber::Engine::finishBreak)
      .function("schedule", &limber::Engine::schedule)
      .function("snooze", &limber::Engine::snooze)
      .function("skip", &limber::Engine::skip)
      .function("idle", &limber::Engine::idle)
      .function("loadHistory", &limber::Engine::loadHistory)
      .function("stats", &limber::Engine::stats)
      .function("fold", &limber::Engine::fold)
      .function("summary", &limber::Engine::summary)
      .function("exportData", &limber::Engine::exportData)
      .function("importData", &limber::Engine::importData)
      .function("undoImport", &limber::Engine::undoImport);
}
