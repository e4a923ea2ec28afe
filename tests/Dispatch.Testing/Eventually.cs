namespace Dispatch.Testing;

/// <summary>Waits for a condition with a deadline instead of sleeping and hoping.</summary>
public static class Eventually
{
    public static Task True(Func<bool> condition, string what, int timeoutMs = 10_000) =>
        True(condition, () => what, timeoutMs);

    public static async Task True(Func<bool> condition, Func<string> what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Xunit.Assert.Fail($"timed out after {timeoutMs} ms waiting for: {what()}");
            await Task.Delay(20);
        }
    }

    public static async Task<T> Value<T>(Func<Task<T>> read, Func<T, bool> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var value = await read();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline) Xunit.Assert.Fail($"timed out after {timeoutMs} ms waiting for: {what}");
            await Task.Delay(50);
        }
    }
}
