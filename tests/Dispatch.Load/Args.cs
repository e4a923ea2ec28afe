using System.Globalization;

namespace Dispatch.Load;

/// <summary>
/// Minimal command-line reader: <c>--name value</c>, <c>--name=value</c> and bare flags. Every option must be
/// consumed, so a misspelt option is an error instead of a silently ignored setting. An option may be given twice
/// only where it is read with <see cref="All"/>.
/// </summary>
public sealed class Args
{
    readonly Dictionary<string, List<string?>> _values = new(StringComparer.OrdinalIgnoreCase);
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
            if (_values.TryGetValue(name, out var given)) given.Add(value);
            else _values[name] = [value];
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

    /// <summary>Every value of an option that may be repeated (<c>--target A --target B</c>); empty when not given.</summary>
    public IReadOnlyList<string> All(string name)
    {
        if (!_values.TryGetValue(name, out var given)) return [];
        _used.Add(name);
        return given.Select(v => v ?? throw new UsageException($"--{name} needs a value")).ToList();
    }

    public bool Flag(string name)
    {
        if (!TryOne(name, out var v)) return false;
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
        if (!TryOne(name, out var v)) return null;
        return v ?? throw new UsageException($"--{name} needs a value");
    }

    /// <summary>The option's one value (null for a bare flag); false when it was not given.</summary>
    bool TryOne(string name, out string? value)
    {
        value = null;
        if (!_values.TryGetValue(name, out var given)) return false;
        _used.Add(name);
        if (given.Count > 1) throw new UsageException($"--{name} given twice");
        value = given[0];
        return true;
    }
}

public sealed class UsageException(string message) : Exception(message);
