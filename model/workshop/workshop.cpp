#include "workshop/workshop.h"

#include <QCoreApplication>

namespace waymark {

namespace {
constexpr std::pair<VoteScope, const char *> scopeNames[] = {
    {VoteScope::PainPoints, "pain-points"}, {VoteScope::Opportunities, "opportunities"}, {VoteScope::AllCards, "all"}};
constexpr std::pair<CommentTarget, const char *> targetNames[] = {
    {CommentTarget::Journey, "journey"}, {CommentTarget::Stage, "stage"}, {CommentTarget::Card, "card"}};

template <typename E, std::size_t N>
QString nameOf(const std::pair<E, const char *> (&names)[N], E value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char *> (&names)[N], const QString &text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}
} // namespace

QString voteScopeName(VoteScope scope)
{
    return nameOf(scopeNames, scope);
}

std::optional<VoteScope> voteScopeFromName(const QString &name)
{
    return valueOf(scopeNames, name);
}

QString commentTargetName(CommentTarget target)
{
    return nameOf(targetNames, target);
}

std::optional<CommentTarget> commentTargetFromName(const QString &name)
{
    return valueOf(targetNames, name);
}

QString voteScopeLabel(VoteScope scope)
{
    switch (scope) {
    case VoteScope::PainPoints: return QCoreApplication::translate("Workshop", "Pain points");
    case VoteScope::Opportunities: return QCoreApplication::translate("Workshop", "Opportunities");
    case VoteScope::AllCards: return QCoreApplication::translate("Workshop", "All cards");
    }
    return {};
}

} // namespace waymark
