from ordersdk_runtime import OpenStrEnum


class LanguageCode(OpenStrEnum):
    BG = "bg"
    CS = "cs"
    DA = "da"
    DE = "de"
    EL = "el"
    EN = "en"
    ES = "es"
    ET = "et"
    FI = "fi"
    FR = "fr"
    GA = "ga"
    HR = "hr"
    HU = "hu"
    IT = "it"
    LT = "lt"
    LV = "lv"
    MT = "mt"
    PL = "pl"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    SK = "sk"
    SL = "sl"
    SV = "sv"
    UK = "uk"

    def __str__(self) -> str:
        return str(self.value)
