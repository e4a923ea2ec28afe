using System.Text.Json;

namespace Dispatch.Grains;

/// <summary>
/// A grain state's size as its JSON would be (close to what the storage holds): what the history bench prints to
/// show that no desk grows with history.
/// </summary>
public static class StateBytes
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static int Of<T>(T state) => JsonSerializer.SerializeToUtf8Bytes(state, Json).Length;
}
