package jp.shokuba.paper.domain;

import java.util.List;
import java.util.Optional;

public interface Devices {

    List<Device> all();

    Optional<Device> byId(long id);

    Optional<Device> byAddress(String address);

    void add(Device device);
}
