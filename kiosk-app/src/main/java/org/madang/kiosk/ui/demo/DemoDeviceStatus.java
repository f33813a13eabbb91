package org.madang.kiosk.ui.demo;

import java.util.Optional;
import org.madang.device.profile.Site;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.SyncState;

/** Device status from the profile with an empty journal and no sync agent, until the journal is wired. */
public final class DemoDeviceStatus implements DeviceStatusSource {

    private final String deviceId;
    private final Site site;

    public DemoDeviceStatus(String deviceId, Site site) {
        this.deviceId = deviceId;
        this.site = site;
    }

    @Override
    public DeviceStatus status() {
        return new DeviceStatus(deviceId, site, false, 0, 0, SyncState.NOT_SYNCED_YET, Optional.empty(), 0,
                Optional.empty());
    }
}
