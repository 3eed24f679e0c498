// The scheduler: when the next break is due, and how a snooze, a skip, time away
// from the computer or a finished break moves it. Every function is pure: the
// shell stores ScheduleState and passes it back with the time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "limber/clock.h"
#include "limber/history.h"
#include "limber/settings.h"

namespace limber {

// What the scheduler remembers between calls.
struct ScheduleState {
  std::int64_t lastBreakEnd = 0;   // UTC ms of the last outcome that restarts the interval
  std::int64_t snoozedUntil = 0;   // UTC ms; 0 when not snoozed
  std::string activityDay;         // the local day of firstActivity
  std::int64_t firstActivity = 0;  // UTC ms the user was first seen that day
  std::string skipsDay;            // the local day skipsUsed counts for
  int skipsUsed = 0;
  std::int64_t idleSince = 0;  // UTC ms the user went idle or locked; 0 while active
  // UTC ms a pause of reminders ends (kUntilResumed: when the user resumes). Kept
  // once it has passed: the interval restarts from the end of a pause.
  std::int64_t pausedUntil = 0;
  // UTC ms a due break was last held back by do-not-disturb (a window full screen,
  // or sound playing when the user asks for that): once free, it is due from then.
  std::int64_t heldAt = 0;
  std::int64_t microAt = 0;   // UTC ms the micro-break showing now began; 0 when none shows
  std::int64_t microEnd = 0;  // UTC ms the last micro-break ended: the next one counts from it
  std::string microExercise;  // the exercise id of the micro-break showing, or of the last one
  // UTC ms a guided break running now ends by, its planned length and a grace for
  // its pauses after it started; 0 when none runs. Until then no reminder comes:
  // the user is taking the break it would ask for.
  std::int64_t breakUntil = 0;
};

constexpr std::int64_t kUntilResumed = 1LL << 52;

enum class PauseFor { Hour, TwoHours, NextWorkingDay, UntilResumed, Resume };

enum class ScheduleStatus { Off, OutsideHours, Waiting, Snoozed, Due, Paused, Held, InBreak };
// The micro-break tier: none (off, paused, outside hours, away, or too near a long
// break), the next one later, one due now (held in do-not-disturb), one showing.
enum class MicroStatus { None, Waiting, Due, Held, Showing };

// No micro-break starts this close to a long break, before or after it.
constexpr std::int64_t kMicroGapMs = 5 * kMinuteMs;
// A guided break may be paused for this long beyond its planned length before
// reminders count it abandoned (its tab closed mid-break records nothing).
constexpr std::int64_t kBreakGraceMs = 5 * kMinuteMs;
// The longest a break can be said to run (an hour of exercises).
constexpr int kLongestBreakSeconds = 3600;

struct Schedule {
  std::string day;  // the user's local day now: what "today" means for every count
  ScheduleStatus status = ScheduleStatus::Off;
  // UTC ms of the next break; 0 when reminders are off. InBreak: when the break
  // under way counts abandoned if it is not recorded first.
  std::int64_t dueAt = 0;
  int minutesLeft = 0;  // whole minutes until dueAt, rounded up; 0 when due
  int skipsLeft = 0;    // skips left today
  // When outside working hours: the local day and minute the next working day starts.
  std::int64_t nextStartUtc = 0;
  Weekday nextStartDay = Weekday::Mon;
  int nextStartMinute = 0;
  std::int64_t pausedUntil = 0;  // when paused: UTC ms the pause ends, 0 until resumed
  MicroStatus micro = MicroStatus::None;
  std::int64_t microAt = 0;      // when the next micro-break is due, or when the one showing began
  std::int64_t microEndsAt = 0;  // when the one showing clears
};

// A stored time after now was written by a clock that ran fast and has been set
// right: it is taken as now (a snooze as at most the longest snooze from now),
// so a corrected clock never keeps reminders silent for more than an interval.
ScheduleState settle(ScheduleState state, const Settings& settings, const Moment& now);

// Remembers the first time the user is seen on a new local day.
ScheduleState observe(ScheduleState state, const Moment& now);

// quiet: do-not-disturb now (the shell says a window is full screen, or sound plays
// and the settings hold for it): a due break is Held instead of Due.
Schedule scheduleAt(const Settings& settings, const ScheduleState& state, const Moment& now, bool quiet = false);

// What the schedule reads from now until it next changes in anything but its
// minutes left: the minute tick shows the right entry instead of asking again.
struct ScheduleAhead {
  std::vector<std::pair<std::int64_t, int>> minutes;  // from each UTC ms on, the minutes left then
  std::int64_t until = 0;                             // UTC ms the schedule must be asked again
};
// `schedule` is scheduleAt(settings, state, now, quiet).
constexpr std::size_t kAheadMinutes = 120;
ScheduleAhead scheduleAhead(const Settings& settings, const ScheduleState& state, const Moment& now, bool quiet,
                            const Schedule& schedule);

// Each of these gives the state after the event and, where the event is kept in
// history, the record (with the given id).
struct ScheduleEvent {
  ScheduleState state;
  std::optional<HistoryRecord> record;
};

ScheduleEvent snooze(const Settings& settings, ScheduleState state, const Moment& now, int minutes,
                     const std::string& id);
// nullopt when today's skip budget is spent.
std::optional<ScheduleEvent> skip(const Settings& settings, ScheduleState state, const Moment& now,
                                  const std::string& id);
// The user went idle or locked the screen: idle since the threshold ago.
ScheduleState wentIdle(const Settings& settings, ScheduleState state, const Moment& now);
// The user is back: time away of at least the threshold is a natural break, kept
// in history when the user returns inside working hours.
ScheduleEvent cameBack(const Settings& settings, ScheduleState state, const Moment& now, const std::string& id);
// Reminders paused for a while, until the next working day starts or until
// resumed; or resumed now. A pause is not a break: nothing is recorded.
ScheduleState pause(const Settings& settings, ScheduleState state, const Moment& now, PauseFor length);
// A guided break of `seconds` started now: InBreak until it ends, or its time and
// the grace have passed.
ScheduleState breakStarted(ScheduleState state, const Moment& now, int seconds);
// A break was taken (completed or partial) and ended now.
ScheduleState breakTaken(ScheduleState state, const Moment& now);
// The micro-break showing since state.microAt has run its seconds by now: it ends
// (the next counts from its end) and is kept in history as a micro outcome.
// nullopt while it still shows, or when none does.
std::optional<ScheduleEvent> microEnded(const Settings& settings, ScheduleState state, const Moment& now,
                                        const std::string& id);

bool insideWorkingHours(const Settings& settings, const Moment& now);

}  // namespace limber
