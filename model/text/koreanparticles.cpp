#include "text/koreanparticles.h"

#include <array>

namespace waymark {

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

QString stripKoreanParticle(const QString &token)
{
    return token.left(token.size() - koreanParticleLength(token));
}

qsizetype koreanParticleLength(QStringView token)
{
    // Longest first, so 에서는 wins over 는 and 으로 over 로.
    static constexpr std::array<QStringView, 26> particles{
        u"에서는", u"에게서", u"으로는", u"에서", u"에게", u"한테", u"까지", u"부터", u"보다", u"으로", u"이랑", u"처럼",
        u"마다", u"은", u"는", u"이", u"가", u"을", u"를", u"에", u"의", u"도", u"만", u"로", u"와", u"과"};
    if (token.size() < 2 || !isHangulSyllable(token.back()))
        return 0;
    for (const QStringView ending : particles) {
        if (!token.endsWith(ending))
            continue;
        const qsizetype rest = token.size() - ending.size();
        const qsizetype needed = ending.size() == 1 ? 2 : 1;
        return rest >= needed ? ending.size() : 0;
    }
    return 0;
}

} // namespace waymark
