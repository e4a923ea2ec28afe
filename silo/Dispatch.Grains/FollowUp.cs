using Microsoft.Extensions.Logging;

namespace Dispatch.Grains;

public static class FollowUp
{
    /// <summary>
    /// Runs a step that tells others of a change already written (a desk, the consoles, an officer): it must never undo
    /// or fail that change, so a failure or a wait over 5 s is logged and passed over.
    /// </summary>
    public static async Task Safely(ILogger log, string subject, string id, Func<Task> action)
    {
        try { await action().WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception e) { log.LogWarning(e, "{Subject} {Id}: a follow-up step failed", subject, id); }
    }
}
