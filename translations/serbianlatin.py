"""Serbian Cyrillic to Latin, letter by letter as the two official alphabets map
(Љ → Lj, or LJ before a capital). Shared by translate.py and the sample workshop's builder."""

CYRILLIC = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                    ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj",
                     "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))


def serbian_latin(text):
    out = []
    for i, ch in enumerate(text):
        latin = CYRILLIC.get(ch.lower())
        if latin is None:
            out.append(ch)
        elif ch.islower():
            out.append(latin)
        else:
            following = text[i + 1] if i + 1 < len(text) else ""
            out.append(latin.upper() if following.isupper() else latin.capitalize())
    return "".join(out)
