using System.Globalization;

namespace Dispatch.Load;

/// <summary>
/// Minimal command-line reader: <c>--name value</c>, <c>--name=value</c> and bare flags. Every option must be
/// consumed, so a misspelt option is an error instead of a silently ignored setting.
/// </summary>
public sealed class Args
{
    readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public Args(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
                throw new UsageException($"unexpected argument '{a}'");
            var name = a[2..];
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)) value = list[++i];
            if (!_values.TryAdd(name, value)) throw new UsageException($"--{name} given twice");
        }
    }

    public string String(string name, string fallback) => Raw(name) ?? fallback;

    public string? OptionalString(string name) => Raw(name);

    public int Int(string name, int fallback, int min, int max)
    {
        if (Raw(name) is not { } s) return fallback;
        if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}");
        return v;
    }

    public double Double(string name, double fallback, double min, double max)
    {
        if (Raw(name) is not { } s) return fallback;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < min || v > max)
            throw new UsageException($"--{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return v;
    }

    public bool Flag(string name)
    {
        if (!_values.TryGetValue(name, out var v)) return false;
        _used.Add(name);
        if (v is not null) throw new UsageException($"--{name} takes no value");
        return true;
    }

    /// <summary>Call after reading every option: anything left over is a mistake.</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException("unknown option " + string.Join(", ", unknown.Select(u => "--" + u)));
    }

    string? Raw(string name)
    {
        if (!_values.TryGetValue(name, out var v)) return null;
        _used.Add(name);
        return v ?? throw new UsageException($"--{name} needs a value");
    }
}

public sealed class UsageException(string message) : Exception(message);
