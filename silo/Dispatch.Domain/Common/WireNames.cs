using System.Text.Json;

namespace Dispatch.Domain.Common;

/// <summary>Enum values as the public contract spells them: camelCase (offDuty, zoneDispatcher, sendBack, …).</summary>
public static class WireNames
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The value whose wire name is exactly <paramref name="wire"/>, or null.</summary>
    public static T? Parse<T>(string? wire) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Of(v) == wire).Select(v => (T?)v).FirstOrDefault();
}
