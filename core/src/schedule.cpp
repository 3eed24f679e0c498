#include "limber/schedule.h"

#include <algorithm>

namespace limber {

namespace {
bool isWorkDay(const Settings& settings, Weekday day) {
  return std::find(settings.workDays.begin(), settings.workDays.end(), day) != settings.workDays.end();
}

int skipsLeft(const Settings& settings, const ScheduleState& state, const Moment& now) {
  const int used = state.skipsDay == now.day() ? state.skipsUsed : 0;
  return std::max(0, settings.skipBudget - used);
}

int minutesUntil(std::int64_t when, std::int64_t now) {
  if (when <= now) return 0;
  return static_cast<int>((when - now + kMinuteMs - 1) / kMinuteMs);
}

// The start of the next working day after today's working hours (or today's, if
// they have not begun), read with the current offset; 0 when no day is a working day.
std::int64_t nextStart(const Settings& settings, const Moment& now, Weekday& day) {
  for (int days = 0; days <= 7; ++days) {
    day = weekdayOf(now.localDayNumber() + days);
    if (!isWorkDay(settings, day) || (days == 0 && now.minuteOfDay() >= settings.workStart)) continue;
    return now.utcAt(days, settings.workStart);
  }
  return 0;
}

void setNextStart(const Settings& settings, const Moment& now, Schedule& schedule) {
  schedule.nextStartUtc = nextStart(settings, now, schedule.nextStartDay);
  if (schedule.nextStartUtc == 0) return;
  schedule.nextStartMinute = settings.workStart;
  schedule.dueAt = schedule.nextStartUtc + settings.intervalMinutes * kMinuteMs;
  schedule.minutesLeft = minutesUntil(schedule.dueAt, now.utc);
}

// The micro-break due next, ending by `until` (kMicroGapMs before the long break,
// or the end of working hours), counted from the last break of either tier: a
// whole micro interval (at least ten minutes) after a long break.
void planMicro(const Settings& settings, const ScheduleState& state, const Moment& now, bool quiet, std::int64_t until,
               Schedule& schedule) {
  if (!settings.microBreaks || state.microAt != 0 || state.idleSince != 0) return;
  std::int64_t anchor =
      std::max({now.utcAt(0, settings.workStart), state.lastBreakEnd, state.pausedUntil, state.microEnd});
  if (state.activityDay == now.day()) anchor = std::max(anchor, state.firstActivity);
  const std::int64_t due = anchor + settings.microMinutes * kMinuteMs;
  if (due + settings.microSeconds * 1000 > until) return;
  schedule.micro = due > now.utc ? MicroStatus::Waiting : quiet ? MicroStatus::Held : MicroStatus::Due;
  schedule.microAt = due;
}

HistoryRecord eventRecord(const std::string& id, Outcome outcome, std::int64_t start, const Moment& now) {
  HistoryRecord record;
  record.id = id;
  record.outcome = outcome;
  record.start = std::min(start, now.utc);
  record.end = now.utc;
  record.day = now.day();
  return record;
}
}  // namespace

bool insideWorkingHours(const Settings& settings, const Moment& now) {
  const int minute = now.minuteOfDay();
  return isWorkDay(settings, now.weekday()) && minute >= settings.workStart && minute < settings.workEnd;
}

ScheduleState settle(ScheduleState state, const Settings& settings, const Moment& now) {
  for (std::int64_t* time :
       {&state.lastBreakEnd, &state.firstActivity, &state.idleSince, &state.heldAt, &state.microAt, &state.microEnd}) {
    *time = std::min(*time, now.utc);
  }
  state.breakUntil = std::min<std::int64_t>(state.breakUntil, now.utc + kLongestBreakSeconds * 1000LL + kBreakGraceMs);
  const int longest = *std::max_element(settings.snoozeMinutes.begin(), settings.snoozeMinutes.end());
  state.snoozedUntil = std::min(state.snoozedUntil, now.utc + longest * kMinuteMs);
  // The longest timed pause, until the next working day, is at most a week.
  if (state.pausedUntil != kUntilResumed) state.pausedUntil = std::min(state.pausedUntil, now.utc + 8 * kDayMs);
  return state;
}

ScheduleState observe(ScheduleState state, const Moment& now) {
  if (state.activityDay != now.day()) {
    state.activityDay = now.day();
    state.firstActivity = now.utc;
  }
  return state;
}

Schedule scheduleAt(const Settings& settings, const ScheduleState& state, const Moment& now, bool quiet) {
  Schedule schedule;
  schedule.day = now.day();
  schedule.skipsLeft = skipsLeft(settings, state, now);
  // One showing clears after its seconds whatever else changed meanwhile.
  if (state.microAt != 0) {
    schedule.micro = MicroStatus::Showing;
    schedule.microAt = state.microAt;
    schedule.microEndsAt = state.microAt + settings.microSeconds * 1000;
  }
  if (!settings.reminders) return schedule;
  if (state.pausedUntil > now.utc) {
    schedule.status = ScheduleStatus::Paused;
    schedule.pausedUntil = state.pausedUntil == kUntilResumed ? 0 : state.pausedUntil;
    schedule.minutesLeft = minutesUntil(schedule.pausedUntil, now.utc);
    return schedule;
  }
  // A guided break runs: the user is doing what a reminder would ask.
  if (state.breakUntil > now.utc) {
    schedule.status = ScheduleStatus::InBreak;
    schedule.dueAt = state.breakUntil;
    schedule.minutesLeft = minutesUntil(state.breakUntil, now.utc);
    return schedule;
  }

  const std::int64_t interval = settings.intervalMinutes * kMinuteMs;
  const std::int64_t dayEnd = now.utcAt(0, settings.workEnd);
  if (insideWorkingHours(settings, now)) {
    std::int64_t anchor = std::max({now.utcAt(0, settings.workStart), state.lastBreakEnd, state.pausedUntil});
    if (state.activityDay == now.day()) anchor = std::max(anchor, state.firstActivity);
    std::int64_t due = anchor + interval;
    ScheduleStatus status = ScheduleStatus::Waiting;
    if (state.snoozedUntil > now.utc && state.snoozedUntil > state.lastBreakEnd) {
      due = state.snoozedUntil;
      status = ScheduleStatus::Snoozed;
    }
    if (due < dayEnd) {
      schedule.status = due <= now.utc ? (quiet ? ScheduleStatus::Held : ScheduleStatus::Due) : status;
      // A break held back is due from when it was last held, not from before.
      if (due <= now.utc) due = std::max(due, state.heldAt);
      schedule.dueAt = due;
      schedule.minutesLeft = minutesUntil(due, now.utc);
      // A snoozed break was due already: no micro-break nags before it comes back.
      if (schedule.status == ScheduleStatus::Waiting)
        planMicro(settings, state, now, quiet, due - kMicroGapMs, schedule);
      return schedule;
    }
    planMicro(settings, state, now, quiet, dayEnd, schedule);
  }
  // Outside working hours, or no break fits before they end: nothing is due
  // until the next working day.
  schedule.status = ScheduleStatus::OutsideHours;
  setNextStart(settings, now, schedule);
  return schedule;
}

ScheduleAhead scheduleAhead(const Settings& settings, const ScheduleState& state, const Moment& now, bool quiet,
                            const Schedule& schedule) {
  // Every instant at which scheduleAt's answer can change other than by its
  // minutes left: a new local day, working hours starting or ending, the break
  // or a micro-break falling due or ending, a pause or a snooze running out.
  ScheduleAhead ahead;
  ahead.until = now.utcAt(1, 0);
  for (const std::int64_t change :
       {now.utcAt(0, settings.workStart), now.utcAt(0, settings.workEnd), schedule.dueAt, schedule.microAt,
        schedule.microEndsAt, state.pausedUntil, state.snoozedUntil, state.breakUntil}) {
    if (change > now.utc) ahead.until = std::min(ahead.until, change);
  }
  ahead.minutes.emplace_back(now.utc, schedule.minutesLeft);
  // Minutes left (to the break, or to a pause's end) round up: they drop by one
  // each time a whole number of minutes remains. Two hours of them at most: after
  // that the core is asked again.
  const std::int64_t target = schedule.status == ScheduleStatus::Paused ? schedule.pausedUntil : schedule.dueAt;
  for (int left = schedule.minutesLeft - 1; left >= 0; --left) {
    const std::int64_t from = target - left * kMinuteMs;
    if (from >= ahead.until) break;
    if (ahead.minutes.size() == kAheadMinutes) {
      ahead.until = from;
      break;
    }
    Moment then = now;
    then.utc = from;
    ahead.minutes.emplace_back(from, scheduleAt(settings, state, then, quiet).minutesLeft);
  }
  return ahead;
}

ScheduleEvent snooze(const Settings&, ScheduleState state, const Moment& now, int minutes, const std::string& id) {
  state.snoozedUntil = now.utc + std::clamp(minutes, 1, 240) * kMinuteMs;
  return {state, eventRecord(id, Outcome::Snoozed, now.utc, now)};
}

std::optional<ScheduleEvent> skip(const Settings& settings, ScheduleState state, const Moment& now,
                                  const std::string& id) {
  if (skipsLeft(settings, state, now) == 0) return std::nullopt;
  if (state.skipsDay != now.day()) {
    state.skipsDay = now.day();
    state.skipsUsed = 0;
  }
  state.skipsUsed += 1;
  state.lastBreakEnd = now.utc;
  state.snoozedUntil = 0;
  return ScheduleEvent{state, eventRecord(id, Outcome::Skipped, now.utc, now)};
}

ScheduleState wentIdle(const Settings& settings, ScheduleState state, const Moment& now) {
  // chrome.idle reports idle once the threshold has passed without input.
  if (state.idleSince == 0) state.idleSince = now.utc - settings.idleMinutes * kMinuteMs;
  return state;
}

ScheduleEvent cameBack(const Settings& settings, ScheduleState state, const Moment& now, const std::string& id) {
  ScheduleEvent event;
  const std::int64_t since = state.idleSince;
  state.idleSince = 0;
  if (since > 0 && now.utc - since >= settings.idleMinutes * kMinuteMs) {
    state.lastBreakEnd = now.utc;
    state.snoozedUntil = 0;
    if (insideWorkingHours(settings, now)) event.record = eventRecord(id, Outcome::Natural, since, now);
  }
  event.state = observe(state, now);
  return event;
}

ScheduleState pause(const Settings& settings, ScheduleState state, const Moment& now, PauseFor length) {
  Weekday day;
  switch (length) {
    case PauseFor::Hour:
    case PauseFor::TwoHours:
      state.pausedUntil = now.utc + (length == PauseFor::Hour ? 60 : 120) * kMinuteMs;
      break;
    case PauseFor::NextWorkingDay:
      state.pausedUntil = nextStart(settings, now, day);
      if (state.pausedUntil != 0) break;
      [[fallthrough]];
    case PauseFor::UntilResumed:
      state.pausedUntil = kUntilResumed;
      break;
    case PauseFor::Resume:
      state.pausedUntil = std::min(state.pausedUntil, now.utc);
      return state;
  }
  state.snoozedUntil = 0;
  return state;
}

ScheduleState breakStarted(ScheduleState state, const Moment& now, int seconds) {
  state.breakUntil = now.utc + std::clamp(seconds, 0, kLongestBreakSeconds) * 1000LL + kBreakGraceMs;
  return state;
}

ScheduleState breakTaken(ScheduleState state, const Moment& now) {
  state.breakUntil = 0;
  state.lastBreakEnd = now.utc;
  state.snoozedUntil = 0;
  return state;
}

std::optional<ScheduleEvent> microEnded(const Settings& settings, ScheduleState state, const Moment& now,
                                        const std::string& id) {
  const std::int64_t end = state.microAt + settings.microSeconds * 1000;
  if (state.microAt == 0 || end > now.utc) return std::nullopt;
  // Its day is the one it ended on, however late the worker woke to clear it.
  const HistoryRecord record = eventRecord(id, Outcome::Micro, state.microAt, Moment{end, now.offsetMinutes});
  state.microAt = 0;
  state.microEnd = end;
  return ScheduleEvent{state, record};
}

}  // namespace limber
