using System.Globalization;

namespace Dispatch.Domain.Inspections.Enterprises;

/// <summary>An enterprise's production peaks, e.g. <c>08:00-11:00;14:00-17:00</c>: visits avoid them (DOMAIN.md §4 rule 6).</summary>
public sealed record PeakHours(IReadOnlyList<PeakSpan> Spans)
{
    public static readonly PeakHours None = new([]);

    /// <summary>The spans, or null when the text is not <c>HH:mm-HH:mm</c> spans joined by <c>;</c> (empty means none).</summary>
    public static PeakHours? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return None;
        var spans = new List<PeakSpan>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !Time(ends[0], out var from) || !Time(ends[1], out var to) || to <= from) return null;
            spans.Add(new PeakSpan(from, to));
        }
        return new PeakHours(spans);
    }

    public bool Covers(TimeOnly at) => Spans.Any(s => at >= s.From && at < s.To);

    public override string ToString() => string.Join(";", Spans.Select(s => $"{s.From:HH\\:mm}-{s.To:HH\\:mm}"));

    static bool Time(string s, out TimeOnly t) => TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out t);
}

/// <summary>One peak, from (inclusive) to (exclusive). A record, not a tuple: it must survive JSON (grain storage).</summary>
public sealed record PeakSpan(TimeOnly From, TimeOnly To);
