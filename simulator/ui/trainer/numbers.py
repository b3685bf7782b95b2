"""Numbers, percentages and dates of the reports in the interface language (QLocale):
Arabic-Indic digits and the Arabic percent sign in Arabic, plain digits in English."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale

DASH = "—"


def locale_for(language: str) -> QLocale:
    if language == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@dataclass(frozen=True)
class Numbers:
    language: str = "en"

    @property
    def locale(self) -> QLocale:
        return locale_for(self.language)

    @property
    def rtl(self) -> bool:
        return self.language == "ar"

    @property
    def percent_sign(self) -> str:
        """The language's percent sign (QtCharts' label formats take it as it is)."""
        return self.locale.percent()

    def integer(self, value: int) -> str:
        return self.locale.toString(int(value))

    def percent(self, value: float | None) -> str:
        """``value`` in 0..100 as a whole percentage (a dash for None)."""
        if value is None:
            return DASH
        return self.locale.toString(float(value), "f", 0) + self.locale.percent()

    def rate(self, value: float | None) -> str:
        """A rate in 0..1 as a percentage."""
        return self.percent(None if value is None else 100 * value)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return DASH
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

    def when(self, value: dt.datetime) -> str:
        """A moment (UTC) as its date and hh:mm."""
        hour = self.integer(value.hour).rjust(2, self.zero)
        minute = self.integer(value.minute).rjust(2, self.zero)
        return f"{self.date(value.date())} \u2066{hour}:{minute} UTC\u2069"  # an LTR isolate

    @property
    def zero(self) -> str:
        return self.locale.zeroDigit()
