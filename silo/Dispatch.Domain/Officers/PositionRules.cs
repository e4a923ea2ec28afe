using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Officers;

/// <summary>Decides what a reported fix means for an officer's position.</summary>
public static class PositionRules
{
    public static FixVerdict Evaluate(PositionFix fix, PositionFix? last, OfficerStatus status, DateTimeOffset now, PositionRuleSettings settings)
    {
        if (!double.IsFinite(fix.Point.Lat) || !double.IsFinite(fix.Point.Lon))
            return FixVerdict.Reject("坐标不是有效数字 (lat/lon must be finite numbers)");
        if (!fix.Point.IsValid)
            return FixVerdict.Reject("坐标超出范围：纬度须在 -90 到 90，经度须在 -180 到 180 之间");
        if (fix.Accuracy is { } acc && (!double.IsFinite(acc) || acc < 0 || acc > settings.MaxAccuracyMeters))
            return FixVerdict.Reject($"定位精度无效：须为 0 到 {settings.MaxAccuracyMeters:0} 米");
        if (fix.DeviceTime > now + settings.MaxClockSkew)
            return FixVerdict.Reject("设备时间晚于服务器时间过多，请校准设备时钟");
        if (fix.DeviceTime < now - settings.MaxAge)
            return FixVerdict.Reject("定位时间过旧，已不代表当前位置");
        if (status == OfficerStatus.OffDuty)
            return new FixVerdict(FixOutcome.IgnoredOffDuty);
        if (last is not { } prev)
            return FixVerdict.Accepted;
        if (fix.DeviceTime <= prev.DeviceTime)
            return new FixVerdict(FixOutcome.IgnoredOutOfOrder);
        var elapsed = fix.DeviceTime - prev.DeviceTime;
        if (elapsed < settings.MinInterval)
            return new FixVerdict(FixOutcome.IgnoredTooFrequent);
        var speed = GeoDistance.Meters(prev.Point, fix.Point) / elapsed.TotalSeconds;
        return speed > settings.MaxSpeedMetersPerSecond ? new FixVerdict(FixOutcome.IgnoredImpossibleSpeed) : FixVerdict.Accepted;
    }
}
