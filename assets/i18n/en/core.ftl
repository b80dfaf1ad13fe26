# Dates, numbers, counts and the plan's own words. Dates are built from their parts, so each
# language orders them its own way; $weekday and $month are the names below, $day the day of the
# month, $year the year and $time "16:45".

weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
weekday-long = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# "Thu 4 Dec"
date-day = { $weekday } { $day } { $month }
# "Thu 4 Dec 2026"
date-day-year = { $weekday } { $day } { $month } { $year }
# "Thu 4": a day within a month already named
date-day-in-month = { $weekday } { $day }
# "4 Dec"
date-date = { $day } { $month }
# "4 Dec 2026"
date-date-year = { $day } { $month } { $year }
# "Thursday 4 December 2026": a day said in full, as a screen reader reads a calendar cell
date-long = { $weekday } { $day } { $month } { $year }
# "December 2026"
date-month = { $month } { $year }
# "Dec 2026"
date-month-short = { $month } { $year }
# "Thu 4 Dec 2026 16:45"
date-day-year-time = { $weekday } { $day } { $month } { $year } { $time }
# "Thu 4 Dec 16:45"
date-day-time = { $weekday } { $day } { $month } { $time }
# "4 Dec 16:45"
date-date-time = { $day } { $month } { $time }

# Counts: "1 error", "2 errors".
count-activity = { $n ->
    [one] { $n } activity
   *[other] { $n } activities
}
count-advice = { $n ->
    [one] { $n } advice
   *[other] { $n } advice
}
count-build-week = { $n ->
    [one] { $n } build week
   *[other] { $n } build weeks
}
count-check = { $n ->
    [one] { $n } check
   *[other] { $n } checks
}
count-column = { $n ->
    [one] { $n } column
   *[other] { $n } columns
}
count-comment = { $n ->
    [one] { $n } comment
   *[other] { $n } comments
}
count-conflict = { $n ->
    [one] { $n } conflict
   *[other] { $n } conflicts
}
count-control-character = { $n ->
    [one] { $n } control character
   *[other] { $n } control characters
}
count-day = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
count-difference = { $n ->
    [one] { $n } difference
   *[other] { $n } differences
}
count-error = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-file = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
count-finding = { $n ->
    [one] { $n } finding
   *[other] { $n } findings
}
count-full-rest-day = { $n ->
    [one] { $n } full rest day
   *[other] { $n } full rest days
}
count-new-session = { $n ->
    [one] { $n } new session
   *[other] { $n } new sessions
}
count-plan = { $n ->
    [one] { $n } plan
   *[other] { $n } plans
}
count-run = { $n ->
    [one] { $n } run
   *[other] { $n } runs
}
count-session = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
count-time = { $n ->
    [one] { $n } time
   *[other] { $n } times
}
count-warning = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-week = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
count-workout = { $n ->
    [one] { $n } workout
   *[other] { $n } workouts
}
